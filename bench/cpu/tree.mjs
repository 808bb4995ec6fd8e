// Recursive object trees: the hand-written twin of tree.py.

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

class Node {
  constructor(name, value, children) {
    this.name = name;
    this.value = value;
    this.children = children;
  }

  total() {
    return this.value + this.children.reduce((sum, child) => sum + child.total(), 0);
  }

  depth() {
    return 1 + this.children.reduce((best, child) => Math.max(best, child.depth()), 0);
  }

  *walk() {
    yield this;
    for (const child of this.children) yield* child.walk();
  }

  *find(prefix) {
    for (const node of this.walk()) if (node.name.startsWith(prefix)) yield node;
  }

  toJSON() {
    return { name: this.name, value: this.value, children: this.children.map((c) => c.toJSON()) };
  }
}

function build(seed, depth, path) {
  seed = (seed * 75 + 74) % 65537;
  const fanout = depth === 0 ? 0 : 1 + (seed % 4);
  const children = [];
  for (let k = 0; k < fanout; k++) children.push(build(seed + k * 31, depth - 1, `${path}.${k}`));
  return new Node(`n${path}`, seed % 100, children);
}

function count(iterable, pred) {
  let n = 0;
  for (const x of iterable) if (pred(x)) n += 1;
  return n;
}

function every(iterable, pred) {
  for (const x of iterable) if (!pred(x)) return false;
  return true;
}

function some(iterable, pred) {
  for (const x of iterable) if (pred(x)) return true;
  return false;
}

const countKeys = (data) => 1 + data.children.reduce((sum, child) => sum + countKeys(child), 0);

export function run(size) {
  const lines = [];
  let grand = 0;
  for (let treeId = 0; treeId < size; treeId++) {
    const root = build(treeId + 1, 7, String(treeId));
    const nodes = count(root.walk(), () => true);
    const leaves = count(root.walk(), (node) => node.children.length === 0);
    const total = root.total();
    let evens = 0;
    for (const node of root.walk()) if (node.value % 2 === 0) evens += node.value;
    let widest = null;
    for (const node of root.walk()) {
      if (
        widest === null ||
        node.children.length > widest.children.length ||
        (node.children.length === widest.children.length && node.value > widest.value)
      )
        widest = node;
    }
    const allSmall = every(root.walk(), (node) => node.value < 100);
    const anyZero = some(root.walk(), (node) => node.value === 0);
    const heavy = [...root.find(`n${treeId}.1`)].filter((n) => n.value > 90).sort((a, b) => cmp(a.name, b.name));
    const serialised = countKeys(root.toJSON());
    grand += total;
    if (treeId < 5) {
      const names = heavy.slice(0, 3).map((n) => n.name).join(",");
      const py = (b) => (b ? "True" : "False");
      lines.push(
        `${treeId}: nodes=${nodes} leaves=${leaves} depth=${root.depth()} total=${total} ` +
          `evens=${evens} widest=${widest.name} heavy=${heavy.length}[${names}] ` +
          `${py(allSmall)} ${py(anyZero)} ${serialised}`,
      );
    }
  }
  lines.push(`grand=${grand}`);
  return lines.join("\n");
}
