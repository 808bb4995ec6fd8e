"""cfpy: write Cloudflare Workers in Python."""

__version__ = "0.1.0"
# The distribution on PyPI (`pip install cfpy-workers`): the name `cfpy` there is another
# project's. The command stays `cfpy`; the import packages keep their names.
DISTRIBUTION = "cfpy-workers"
