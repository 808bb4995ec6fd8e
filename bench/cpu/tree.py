"""Recursive object trees with generator expressions: build, walk, aggregate, serialise."""


class Node:
    def __init__(self, name: str, value: int, children: list) -> None:
        self.name = name
        self.value = value
        self.children = children

    def total(self) -> int:
        return self.value + sum(child.total() for child in self.children)

    def depth(self) -> int:
        return 1 + max((child.depth() for child in self.children), default=0)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, prefix: str):
        return (node for node in self.walk() if node.name.startswith(prefix))

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "value": self.value,
            "children": [c.to_dict() for c in self.children],
        }


def build(seed: int, depth: int, path: str) -> Node:
    seed = (seed * 75 + 74) % 65537
    fanout = 0 if depth == 0 else 1 + seed % 4
    children = [build(seed + k * 31, depth - 1, f"{path}.{k}") for k in range(fanout)]
    return Node(f"n{path}", seed % 100, children)


def count_keys(data: dict) -> int:
    return 1 + sum(count_keys(child) for child in data["children"])


def run(size: int) -> str:
    lines = []
    grand = 0
    for tree_id in range(size):
        root = build(tree_id + 1, 7, str(tree_id))
        nodes = sum(1 for _ in root.walk())
        leaves = sum(1 for node in root.walk() if not node.children)
        total = root.total()
        evens = sum(node.value for node in root.walk() if node.value % 2 == 0)
        widest = max(root.walk(), key=lambda node: (len(node.children), node.value))
        heavy = sorted(
            (node for node in root.find(f"n{tree_id}.1") if node.value > 90),
            key=lambda node: node.name,
        )
        all_small = all(node.value < 100 for node in root.walk())
        any_zero = any(node.value == 0 for node in root.walk())
        serialised = count_keys(root.to_dict())
        grand += total
        if tree_id < 5:
            names = ",".join(node.name for node in heavy[:3])
            lines.append(
                f"{tree_id}: nodes={nodes} leaves={leaves} depth={root.depth()} total={total} "
                f"evens={evens} widest={widest.name} heavy={len(heavy)}[{names}] "
                f"{all_small} {any_zero} {serialised}"
            )
    lines.append(f"grand={grand}")
    return "\n".join(lines)
