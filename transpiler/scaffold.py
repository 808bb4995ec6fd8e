"""``cfpy init``: create a new worker project from the templates in ``templates/init/``.

``templates/init/_shared/`` holds the files every project gets (``pyproject.toml``,
``.gitignore`` as ``gitignore.j2``, and ``_wrangler.toml.j2``, the base that each
template's ``wrangler.toml.j2`` extends); ``templates/init/<template>/`` adds or replaces
files.  Every ``*.j2`` file is rendered with jinja2 and written without the suffix; names
starting with ``_`` are partials and are not written; ``gitignore`` becomes ``.gitignore``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2

from . import DISTRIBUTION, __version__
from .pipeline import TEMPLATES_DIR

INIT_DIR = TEMPLATES_DIR / "init"
SHARED = "_shared"
DEFAULT_TEMPLATE = "hello"
# The date new projects start with: one that the pinned workerd (miniflare 4.20260426,
# wrangler 4.86) supports and the runtime's tests run with.
COMPATIBILITY_DATE = "2026-01-01"
DOTFILES = {"gitignore": ".gitignore"}


class ScaffoldError(Exception):
    """A reason not to create the project, as one line for the user."""


@dataclass(frozen=True)
class Created:
    root: Path
    name: str
    template: str
    files: list[Path]


def templates() -> list[str]:
    """The template names, ``hello`` first."""
    names = sorted(
        p.name for p in INIT_DIR.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
    )
    return sorted(names, key=lambda n: n != DEFAULT_TEMPLATE)


def worker_name(folder: Path) -> str:
    """A valid Worker name from a folder name: lower-case letters, digits and dashes."""
    name = re.sub(r"[^a-z0-9-]+", "-", folder.name.lower()).strip("-")
    name = re.sub(r"-{2,}", "-", name)[:63].strip("-")
    if not name:
        raise ScaffoldError(
            f"cannot derive a worker name from {folder.name!r}: use letters, digits and dashes"
        )
    return name


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["tojson"] = json.dumps
    return env


def _template_files(template: str) -> dict[str, str]:
    """Output path (posix, relative) -> template name (relative to TEMPLATES_DIR)."""
    files: dict[str, str] = {}
    for folder in (INIT_DIR / SHARED, INIT_DIR / template):
        for path in sorted(folder.rglob("*.j2")):
            relative = path.relative_to(folder)
            if relative.name.startswith("_"):
                continue
            out_name = relative.with_suffix("")
            out_name = out_name.with_name(DOTFILES.get(out_name.name, out_name.name))
            files[out_name.as_posix()] = path.relative_to(TEMPLATES_DIR).as_posix()
    return files


def create_project(target: Path, template: str = DEFAULT_TEMPLATE) -> Created:
    """Render ``template`` into the new folder ``target`` (which may exist if empty)."""
    available = templates()
    if template not in available:
        raise ScaffoldError(f"unknown template {template!r}; choose one of: {', '.join(available)}")
    if target.exists():
        if not target.is_dir():
            raise ScaffoldError(f"{target} already exists and is not a folder")
        if any(target.iterdir()):
            raise ScaffoldError(
                f"{target} already exists and is not empty; choose a new name or empty it"
            )
    name = worker_name(target.resolve())
    variables = {
        "name": name,
        "template": template,
        "compatibility_date": COMPATIBILITY_DATE,
        "cfpy_version": __version__,
        "cfpy_distribution": DISTRIBUTION,
    }
    env = _environment()
    rendered = {
        out: env.get_template(source).render(**variables)
        for out, source in _template_files(template).items()
    }
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for out, text in rendered.items():
        path = target / out
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return Created(root=target, name=name, template=template, files=written)
