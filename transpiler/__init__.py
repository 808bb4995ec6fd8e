"""cfpy: write Cloudflare Workers in Python."""

__version__ = "0.1.0"
