"""Generate a worker project of about N lines of ordinary Python in modules of ~170 lines.

Every module is built from numbered "units" (a class with methods, a few functions with
dicts, loops, comprehensions, f-strings, try/except) until it reaches its line budget,
and ends with ``handle(path) -> str``. ``src/worker.py`` imports every module and calls
each ``handle`` from its fetch handler, so every module is reachable and bundled.
"""

from __future__ import annotations

from pathlib import Path

WRANGLER = """name = "generated"
main = "build/worker.js"
compatibility_date = "2025-01-01"
"""

UNIT = """

class Item{u}:
    kind = "item{u}"

    def __init__(self, name: str, price: int, qty: int = 1) -> None:
        self.name = name
        self.price = price
        self.qty = qty

    def total(self) -> int:
        return self.price * self.qty

    def describe(self) -> str:
        return f"{{self.name}} x{{self.qty}} = {{self.total()}} ({{self.kind}})"


class Cart{u}:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.items: list[Item{u}] = []
        self.discounts: dict[str, int] = {{}}

    def add(self, item: Item{u}) -> None:
        self.items.append(item)

    def total(self) -> int:
        subtotal = sum(item.total() for item in self.items)
        for _name, pct in self.discounts.items():
            subtotal -= subtotal * pct // 100
        return subtotal

    def summary(self) -> dict:
        names = [item.name for item in self.items if item.qty > 0]
        return {{"owner": self.owner, "count": len(self.items), "total": self.total(), "names": names}}


def build_cart_{u}(owner: str, n: int) -> Cart{u}:
    cart = Cart{u}(owner)
    for k in range(n):
        name = NAMES[k % len(NAMES)]
        cart.add(Item{u}(f"{{name}}-{{k}}", (k + 1) * RATE, k % 3 + 1))
    if n > 3:
        cart.discounts["bulk"] = 10
    return cart


def parse_pairs_{u}(text: str) -> dict:
    result = {{}}
    for line in text.split(";"):
        key, sep, value = line.partition("=")
        if not sep:
            continue
        key = key.strip().lower()
        try:
            result[key] = int(value)
        except ValueError:
            result[key] = value.strip()
    return result


def report_{u}(carts: list) -> str:
    lines = []
    best = None
    for cart in carts:
        info = cart.summary()
        if best is None or info["total"] > best["total"]:
            best = info
        lines.append(f"{{info['owner']:>8}}: {{info['count']}} items, total {{info['total']}}")
    if best is not None:
        lines.append(f"best: {{best['owner']}} ({{best['total']}})")
    return "\\n".join(lines)
"""


HEAD = '''"""Generated module {m}: shopping carts and reports (benchmark input)."""

RATE = {rate}
NAMES = ["alpha", "beta", "gamma", "delta", "epsilon"]
'''

HANDLE = """

def handle(path: str) -> str:
    parts = []
{calls}    return f"{{path}} " + " | ".join(parts)
"""


def module_source(m: int, units: int, rate: int | None = None) -> str:
    body = HEAD.format(m=m, rate=rate if rate is not None else m % 7 + 1)
    calls = ""
    for k in range(units):
        u = f"{m}_{k}"
        body += UNIT.format(u=u)
        calls += (
            f"    parts.append(report_{u}([build_cart_{u}(owner, {k % 4 + 2}) "
            f'for owner in ("ann", "bob")]))\n'
            f'    parts.append(str(parse_pairs_{u}("a=1; b = two; c=3")))\n'
        )
    return body + HANDLE.format(calls=calls)


def worker_source(names: list[str]) -> str:
    imports = "".join(f"import {name}\n" for name in names)
    calls = "".join(f"    out.append({name}.handle(request.path))\n" for name in names)
    return (
        '"""Generated entry: calls every module\'s handle()."""\n\n'
        "from cloudflare_workers import CloudflareWorkers, Request, Response\n\n"
        f"{imports}\n\n"
        "async def fetch(request: Request, env, ctx) -> Response:\n"
        "    out = []\n"
        f"{calls}"
        '    return Response("\\n".join(out))\n\n\n'
        "CloudflareWorkers(fetch=fetch)\n"
    )


def module_name(m: int) -> str:
    return f"mod_{m:03d}"


UNITS_PER_MODULE = 2


def generate(root: Path, total_lines: int) -> tuple[int, int]:
    """Write a project of about ``total_lines`` lines into ``root`` (modules of
    UNITS_PER_MODULE units each); returns (modules, Python lines written)."""
    per_module = module_source(0, UNITS_PER_MODULE).count("\n")
    modules = max(1, round(total_lines / (per_module + 2)))
    src = root / "src"
    src.mkdir(parents=True, exist_ok=True)
    (root / "wrangler.toml").write_text(WRANGLER, encoding="utf-8")
    names = [module_name(m) for m in range(modules)]
    total = 0
    for m, name in enumerate(names):
        text = module_source(m, UNITS_PER_MODULE)
        (src / f"{name}.py").write_text(text, encoding="utf-8")
        total += text.count("\n")
    entry = worker_source(names)
    (src / "worker.py").write_text(entry, encoding="utf-8")
    return modules, total + entry.count("\n")


def generate_single(root: Path, total_lines: int) -> int:
    """Write a project whose code is one module of about ``total_lines`` lines (plus a
    short entry); returns the module's line count."""
    per_unit = UNIT.format(u="0_0").count("\n")
    text = module_source(0, max(1, round(total_lines / (per_unit + 2))))
    src = root / "src"
    src.mkdir(parents=True, exist_ok=True)
    (root / "wrangler.toml").write_text(WRANGLER, encoding="utf-8")
    (src / f"{module_name(0)}.py").write_text(text, encoding="utf-8")
    (src / "worker.py").write_text(worker_source([module_name(0)]), encoding="utf-8")
    return text.count("\n")


def edit_module(root: Path, m: int, generation: int) -> None:
    """Change one module's RATE constant (a real edit: its compiled output changes)."""
    text = module_source(m, UNITS_PER_MODULE, rate=100 + generation)
    (root / "src" / f"{module_name(m)}.py").write_text(text, encoding="utf-8")
