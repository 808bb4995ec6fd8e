"""The ``cfpy`` entry point. ``cfpy build`` of a project whose bundle is up to date (the
build stamp, transpiler/cache.py) answers before click and the compiler are imported:
that start-up was most of a rebuild with nothing changed. Every other command line, and
a build with anything to do or to report, goes to the click CLI (cli.py)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .summary import build_summary

# Options of `cfpy build` the fast path understands (cli.py defines them): flag -> value.
_FLAGS = {"--minify": True, "--no-minify": False, "--sourcemap": True, "--no-sourcemap": False}
_VALUED = ("--entry", "--format")


def main() -> None:
    if not up_to_date_build(sys.argv[1:]):
        from .cli import main as cli_main

        cli_main()


def up_to_date_build(args: list[str]) -> bool:
    """When ``args`` is a ``build`` command line whose bundle is up to date: print what
    ``cfpy build`` prints then, and return True. False (nothing printed) otherwise."""
    parsed = _build_args(args)
    if parsed is None:
        return False
    directory, options = parsed
    from .cache import build_options, up_to_date
    from .diagnostics import Logger
    from .project import load_project

    logger = Logger()
    started = time.perf_counter()
    config = load_project(Path(directory), logger, options.get("--entry"))  # type: ignore[arg-type]
    if config is None or logger.diagnostics:
        return False  # the CLI reports them
    minify, sourcemap = options.get("minify", True), options.get("sourcemap", True)
    stamp = build_options(config.root, config.entry, config.main, bool(minify), bool(sourcemap))
    count = up_to_date(config.build_dir, stamp, config.main)
    if count is None:
        return False
    elapsed = (time.perf_counter() - started) * 1000
    print(build_summary(config.root, config.main, count, elapsed), file=sys.stderr)
    return True


def _build_args(args: list[str]) -> tuple[str, dict[str, str | bool]] | None:
    """(directory, options) of a plain ``build`` command line; None for anything else
    (another command, --help, an option given twice, an unknown option or value)."""
    if not args or args[0] != "build":
        return None
    directory: str | None = None
    options: dict[str, str | bool] = {}
    rest = iter(args[1:])
    for arg in rest:
        name, _, value = arg.partition("=")
        if arg in _FLAGS:
            key = "minify" if "minify" in arg else "sourcemap"
            if key in options:
                return None
            options[key] = _FLAGS[arg]
        elif name in _VALUED:
            if not value:
                value = next(rest, "")
            if name in options or not value or value.startswith("-"):
                return None
            options[name] = value
        elif arg.startswith("-") or directory is not None:
            return None
        else:
            directory = arg
    if options.get("--format", "text") not in ("text", "json"):
        return None
    return directory or ".", options
