"""Jinja2 templates: the generated entry module, wrangler config and `cfpy init` scaffolds."""
