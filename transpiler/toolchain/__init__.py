"""The pinned JavaScript toolchain (esbuild + miniflare) installed once into a user cache.

``ensure_toolchain`` checks for Node.js, then installs the pinned ``package-lock.json``
with ``npm ci`` into ``<cache>/toolchain/<lock hash>`` the first time and reuses it
afterwards.  ``ensure_installed`` is the one install routine for every pinned set of npm
packages (this toolchain, and wrangler for ``cfpy deploy``: toolchain/deploy.py).
Installation is safe across concurrent processes: an ``fcntl`` lock serialises
installers, the install happens in a temporary folder that is renamed into place only
when complete, and a marker file, the install's manifest, tells later runs that it is
usable; an install found damaged (a file missing, truncated or replaced) is reinstalled.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..diagnostics import Logger

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_JSON = PACKAGE_DIR / "package.json"
PACKAGE_LOCK = PACKAGE_DIR / "package-lock.json"
MARKER = ".cfpy-complete"
MIN_NODE_MAJOR = 18
NODE_HINT = "install Node.js 20 from https://nodejs.org"
INSTALL_TIMEOUT_S = 900
VERSION_TIMEOUT_S = 30


@dataclass(frozen=True)
class Pin:
    """npm packages pinned by a package.json and its lock file in ``pin_dir``, installed
    into ``<cache>/<folder>/<lock hash>``. ``name`` is how messages call them."""

    name: str  # "the JS toolchain", "wrangler"
    folder: str
    pin_dir: Path

    @property
    def package_json(self) -> Path:
        return self.pin_dir / "package.json"

    @property
    def package_lock(self) -> Path:
        return self.pin_dir / "package-lock.json"

    def lock_hash(self) -> str:
        """First 12 hex digits of the sha256 of the pinned package-lock.json."""
        return hashlib.sha256(self.package_lock.read_bytes()).hexdigest()[:12]

    def install_dir(self) -> Path:
        return cache_root() / self.folder / self.lock_hash()

    def versions(self) -> dict[str, str]:
        """Package name -> pinned version, from package.json."""
        data = json.loads(self.package_json.read_text(encoding="utf-8"))
        return dict(data.get("dependencies", {}))


TOOLCHAIN = Pin("the JS toolchain", "toolchain", PACKAGE_DIR)


@dataclass(frozen=True)
class Toolchain:
    """An installed toolchain: where it lives and the executables to run."""

    root: Path
    node_modules: Path
    esbuild: Path
    node: Path


def lock_hash() -> str:
    """First 12 hex digits of the sha256 of the pinned package-lock.json."""
    return TOOLCHAIN.lock_hash()


def cache_root() -> Path:
    """``$CFPY_HOME``, else ``$XDG_CACHE_HOME/cfpy``, else ``~/.cache/cfpy``."""
    home = os.environ.get("CFPY_HOME")
    if home:
        return Path(home).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "cfpy"


def toolchain_dir() -> Path:
    """The folder this version of the toolchain is (or will be) installed in."""
    return TOOLCHAIN.install_dir()


def pinned_versions() -> dict[str, str]:
    """Package name -> pinned version, from package.json."""
    return TOOLCHAIN.versions()


def ensure_toolchain(logger: Logger) -> Toolchain | None:
    """Return the installed toolchain, installing it on first use; log and return None
    when Node.js/npm are missing or too old, or the install fails."""
    node = _find_node(logger)
    if node is None:
        return None
    root = ensure_installed(TOOLCHAIN, logger)
    return _make_toolchain(root, node, logger) if root is not None else None


def ensure_installed(pin: Pin, logger: Logger) -> Path | None:
    """The install folder of ``pin``, installed on first use and reinstalled when found
    damaged; None after logging why not (npm missing, ``npm ci`` failed)."""
    root = pin.install_dir()
    damage = _damage(root) if (root / MARKER).is_file() else None
    if damage is not None or not (root / MARKER).is_file():
        root.parent.mkdir(parents=True, exist_ok=True)
        with _install_lock(root):
            if (root / MARKER).is_file() and damage is not None:
                damage = _damage(root)  # another process may have repaired it meanwhile
                if damage is not None:
                    _announce_repair(pin, root, damage)
                    (root / MARKER).unlink()
            if not (root / MARKER).is_file() and not _install(pin, root, logger):
                return None
    elif root not in _intact and _marker_record(root) is None:
        with _install_lock(root):
            _upgrade_marker(pin, root)
    _intact.add(root)
    return root


def _marker_record(root: Path) -> dict | None:
    """The manifest the marker records, or None for a marker from before manifests
    (one line: the lock hash)."""
    try:
        record = json.loads((root / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and isinstance(record.get("files"), dict) else None


def _upgrade_marker(pin: Pin, root: Path) -> None:
    """Replace a marker from before manifests (trusted as it is, once) by the manifest
    of the install, so later damage to it is detected."""
    if (root / MARKER).is_file() and _marker_record(root) is None:
        tmp = root / f"{MARKER}.tmp"
        tmp.write_text(json.dumps(_manifest(root, pin)) + "\n", encoding="utf-8")
        os.replace(tmp, root / MARKER)


# -- integrity: the install records every file's size (and the esbuild binary's hash) in
# the marker; a later use that finds a file missing, truncated or replaced reinstalls.


def _manifest(root: Path, pin: Pin = TOOLCHAIN) -> dict[str, object]:
    """What the marker records of a finished install (see ``_damage``)."""
    files: dict[str, int] = {}
    node_modules = root / "node_modules"
    for folder, _dirs, names in os.walk(node_modules):
        for name in names:
            path = Path(folder) / name
            if not path.is_symlink():
                files[path.relative_to(root).as_posix()] = path.stat().st_size
    esbuild = _esbuild_binary(node_modules)
    digest = _sha256(esbuild) if esbuild else None
    return {"lock": pin.lock_hash(), "files": files, "esbuild_sha256": digest}


_intact: set[Path] = set()  # installs found intact by this process


def _damage(root: Path) -> str | None:
    """What is wrong with the install at ``root``, or None (checked once per process).
    A marker from before manifests (one line: the lock hash) is trusted as it is (and
    upgraded to a manifest: ``_upgrade_marker``)."""
    if root in _intact:
        return None
    record = _marker_record(root)
    if record is None:
        return None
    for relative, size in record["files"].items():
        try:
            found = (root / relative).stat().st_size
        except OSError:
            return f"{relative} is missing"
        if found != size:
            return f"{relative} has {found} bytes, not {size}"
    esbuild = _esbuild_binary(root / "node_modules")
    expected = record.get("esbuild_sha256")
    if esbuild is not None and expected and _sha256(esbuild) != expected:
        return f"{esbuild.relative_to(root)} was modified"
    return None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _announce_repair(pin: Pin, root: Path, damage: str) -> None:
    print(
        f"cfpy: {pin.name} in {root} is damaged ({damage}); reinstalling ...",
        file=sys.stderr,
        flush=True,
    )


def _find_node(logger: Logger) -> Path | None:
    found = shutil.which("node")
    if found is None:
        logger.error(
            "CF401",
            f"node >= {MIN_NODE_MAJOR} is required to bundle workers but `node` was not "
            f"found on PATH; {NODE_HINT}",
        )
        return None
    version = _node_version(found)
    major = _major(version)
    if major is None or major < MIN_NODE_MAJOR:
        logger.error(
            "CF402",
            f"node >= {MIN_NODE_MAJOR} is required to bundle workers (found "
            f"{version or 'an unknown version'}); {NODE_HINT}",
        )
        return None
    return Path(found)


@lru_cache(maxsize=8)
def _node_version(node: str) -> str:
    try:
        proc = subprocess.run(
            [node, "--version"], capture_output=True, text=True, timeout=VERSION_TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return proc.stdout.strip()


def _major(version: str) -> int | None:
    match = re.match(r"v?(\d+)\.", version)
    return int(match.group(1)) if match else None


@contextmanager
def _install_lock(root: Path) -> Iterator[None]:
    lock_path = root.parent / f"{root.name}.lock"
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _install(pin: Pin, root: Path, logger: Logger) -> bool:
    """Install into a temp folder next to ``root`` and rename it into place.
    The caller holds the install lock."""
    npm = shutil.which("npm")
    if npm is None:
        what = pin.name + (" (esbuild, miniflare)" if pin == TOOLCHAIN else "")
        logger.error(
            "CF401", f"npm is required to install {what} but `npm` was not found on PATH; {NODE_HINT}"
        )
        return False
    _remove_stale(root)
    tmp = Path(tempfile.mkdtemp(prefix=f"{root.name}.tmp-", dir=root.parent))
    try:
        shutil.copyfile(pin.package_json, tmp / "package.json")
        shutil.copyfile(pin.package_lock, tmp / "package-lock.json")
        _announce(pin, root)
        if not _run_npm_ci(pin, npm, tmp, logger):
            return False
        (tmp / MARKER).write_text(json.dumps(_manifest(tmp, pin)) + "\n", encoding="utf-8")
        if root.exists():  # an incomplete or damaged folder
            shutil.rmtree(root)
        os.replace(tmp, root)
        return True
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _remove_stale(root: Path) -> None:
    """Remove temp folders of installs that crashed (we hold the lock, so none is live)."""
    for stale in root.parent.glob(f"{root.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _announce(pin: Pin, root: Path) -> None:
    what = ", ".join(f"{name} {version}" for name, version in pin.versions().items())
    label = pin.name.removeprefix("the ")
    print(f"cfpy: installing {label} ({what}) into {root} ...", file=sys.stderr, flush=True)


def _run_npm_ci(pin: Pin, npm: str, cwd: Path, logger: Logger) -> bool:
    env = dict(os.environ)
    env.pop("npm_config_omit", None)  # optional deps carry the native binaries
    env.pop("NPM_CONFIG_OMIT", None)
    env.update({"npm_config_update_notifier": "false", "npm_config_loglevel": "error"})
    cmd = [npm, "ci", "--no-audit", "--no-fund", "--include=optional"]
    try:
        proc = subprocess.run(
            cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        logger.error("CF403", f"`npm ci` did not finish within {INSTALL_TIMEOUT_S} s")
        return False
    except OSError as exc:
        logger.error("CF403", f"could not run npm: {exc}")
        return False
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-15:])
        logger.error(
            "CF403",
            f"installing {pin.name} failed (`npm ci` exited with {proc.returncode}):\n{tail}",
            hint="check that the npm registry is reachable, then run the command again",
        )
        return False
    return True


def _make_toolchain(root: Path, node: Path, logger: Logger) -> Toolchain | None:
    node_modules = root / "node_modules"
    esbuild = _esbuild_binary(node_modules)
    if esbuild is None:
        logger.error(
            "CF404",
            f"the JS toolchain in {root} has no esbuild binary for this platform "
            f"({sys.platform}/{platform.machine()})",
            hint=f"delete {root} and run the command again",
        )
        return None
    return Toolchain(root=root, node_modules=node_modules, esbuild=esbuild, node=node)


def _esbuild_binary(node_modules: Path) -> Path | None:
    """The native esbuild executable from its optional platform package."""
    arch = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(
        platform.machine().lower(), platform.machine().lower()
    )
    osname = "win32" if sys.platform.startswith("win") else sys.platform
    package = node_modules / "@esbuild" / f"{osname}-{arch}"
    for candidate in (package / "bin" / "esbuild", package / "esbuild.exe"):
        if candidate.is_file():
            _ensure_executable(candidate)
            return candidate
    return None


def _ensure_executable(path: Path) -> None:
    mode = path.stat().st_mode
    if not mode & 0o111:
        path.chmod(mode | 0o755)
