"""The ``cfpy`` command line: build, compile, run, dev, deploy.

Commands only parse options, call the pipeline and print the logger; exit code 1 means
diagnostics were printed.  A crash inside cfpy is reported as an internal error (CF900)
instead of a Python traceback.
"""

from __future__ import annotations

import shlex
import signal
import sys
import time
from pathlib import Path

import click

from . import __version__
from .diagnostics import Logger, guarded
from .summary import build_summary


def _finish(logger: Logger, fmt: str = "text") -> None:
    if logger.diagnostics:
        logger.print(sys.stderr, fmt)
    if logger.has_errors:
        sys.exit(1)


class _Commands(click.Group):
    """Lists every command with its whole first docstring line (click cuts them at ~45
    characters by default), wrapped to the terminal."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=10_000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=_Commands)
@click.version_option(__version__, prog_name="cfpy")
def main() -> None:
    """Write Cloudflare Workers in Python."""


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--entry", help="entry module, relative to DIRECTORY (default src/worker.py)")
@click.option("--minify/--no-minify", default=True, show_default=True)
@click.option("--sourcemap/--no-sourcemap", default=True, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def build(directory: Path, entry: str | None, minify: bool, sourcemap: bool, fmt: str) -> None:
    """Compile the worker in DIRECTORY into the bundle named by wrangler's `main`."""
    from .cache import build_options, up_to_date
    from .project import load_project

    logger = Logger()
    started = time.perf_counter()
    config = load_project(directory, logger, entry)
    count: int | None = None
    if config is not None:
        # An up-to-date bundle is found before the compiler (libcst) is even imported.
        options = build_options(config.root, config.entry, config.main, minify, sourcemap)
        count = up_to_date(config.build_dir, options, config.main)
        if count is None:
            from .pipeline import build_project

            result = guarded(
                logger, lambda: build_project(config, logger, minify=minify, sourcemap=sourcemap)
            )
            count = None if result is None else result.module_count
    _finish(logger, fmt)
    if config is not None and count is not None:
        elapsed = (time.perf_counter() - started) * 1000
        click.echo(build_summary(config.root, config.main, count, elapsed), err=True)


@main.command()
@click.argument("name", type=click.Path(path_type=Path))
@click.option(
    "--template",
    "-t",
    type=click.Choice(["hello", "kv", "durable-object"]),
    default="hello",
    show_default=True,
    help="hello: a plain fetch handler; kv: notes in Workers KV; "
    "durable-object: a counter in a Durable Object",
)
def init(name: Path, template: str) -> None:
    """Create the worker project folder NAME (it must not exist, or be empty)."""
    from .scaffold import ScaffoldError, create_project

    try:
        created = create_project(name, template)
    except ScaffoldError as err:
        click.echo(f"cfpy: error: {err}", err=True)
        sys.exit(1)
    except OSError as err:
        click.echo(f"cfpy: error: cannot create {name}: {err.strerror or err}", err=True)
        sys.exit(1)
    click.echo(f"cfpy: created {created.name} ({template}) in {name}")
    for path in created.files:
        click.echo(f"  {path.relative_to(name).as_posix()}")
    click.echo(
        "next:\n"
        f"  cd {shlex.quote(str(name))}\n"
        "  cfpy dev                 # serve it on http://127.0.0.1:8787, rebuild on save\n"
        "  npx wrangler@4 deploy    # runs `cfpy build`, then uploads build/worker.js"
    )


@main.command(name="compile")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
def compile_(file: Path, output: Path | None) -> None:
    """Compile one Python module to an ES module (stdout without -o)."""
    from .pipeline import compile_source_file

    logger = Logger()
    code = guarded(logger, lambda: compile_source_file(file, logger))
    _finish(logger)
    if code is None:
        sys.exit(1)
    if output is None:
        click.echo(code, nl=False)
    else:
        output.write_text(code, encoding="utf-8")


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def run(file: Path, args: tuple[str, ...]) -> None:
    """Compile a Python program and run it with node."""
    from .pipeline import run_program

    logger = Logger()
    code = guarded(logger, lambda: run_program(file, list(args), logger))
    _finish(logger)
    sys.exit(1 if code is None else code)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--entry", help="entry module, relative to DIRECTORY (default src/worker.py)")
@click.option("--port", default=8787, show_default=True, help="0 picks a free port")
@click.option(
    "--upstream",
    metavar="URL",
    help="origin that ctx.pass_through_on_exception() forwards to (default: none, a 502)",
)
def dev(directory: Path, entry: str | None, port: int, upstream: str | None) -> None:
    """Build the worker and serve it locally in workerd, with persisted KV/DO state."""
    from .dev import run_dev

    sys.exit(run_dev(directory, entry, port, upstream))


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--entry", help="entry module, relative to DIRECTORY (default src/worker.py)")
@click.option("--dry-run", is_flag=True, help="build and package, but do not upload (offline)")
@click.option("--outdir", type=click.Path(file_okay=False, path_type=Path), help="where --dry-run writes what it would upload")
@click.option("--env", "environment", help="the wrangler environment ([env.NAME]) to deploy")
def deploy(
    directory: Path, entry: str | None, dry_run: bool, outdir: Path | None, environment: str | None
) -> None:
    """Build the worker and deploy it with wrangler (cfpy's pinned version)."""
    import subprocess

    from .pipeline import build_project
    from .project import load_project
    from .toolchain.deploy import deploy_config, ensure_wrangler

    logger = Logger()
    config = load_project(directory, logger, entry)
    built = config is not None and guarded(logger, lambda: build_project(config, logger))
    wrangler = ensure_wrangler(logger) if built else None
    _finish(logger)
    if config is None or wrangler is None:
        sys.exit(1)
    command = [str(wrangler), "deploy", "--config", str(deploy_config(config))]
    if dry_run:
        command.append("--dry-run")
    if outdir is not None:
        command += ["--outdir", str(outdir.resolve())]
    if environment:
        command += ["--env", environment]
    click.echo(f"cfpy: deploying {config.main.relative_to(config.root)} with wrangler", err=True)
    sys.exit(subprocess.run(command, cwd=config.root).returncode)


def _sigterm_as_interrupt() -> None:
    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


if __name__ == "__main__":
    main()
