// A small template renderer: the hand-written twin of template.py.

const PAGE = `<html><head><title>{{ title|upper }}</title></head><body>
<h1>{{ title }}</h1><p>{{ user.name }} ({{ user.email }})</p>
{% if user.admin %}<p class="admin">admin</p>{% endif %}
<ul>{% for item in items %}
  <li class="{{ item.kind }}"><a href="/items/{{ item.id }}">{{ item.name|title }}</a> {{ item.note }}
  {% for tag in item.tags %}<span>{{ tag }}</span>{% endfor %}{% if item.hot %} <b>hot</b>{% endif %}</li>{% endfor %}
</ul><footer>{{ footer }}</footer></body></html>`;

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (text) => (/[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (c) => ENTITIES[c]) : text);

// Python's str.title(): upper-case the first letter of every run of letters.
const title = (text) =>
  text.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());

function parse(source) {
  const root = { kind: "root", value: "", children: [] };
  const stack = [root];
  let pos = 0;
  while (pos < source.length) {
    const start = source.indexOf("{", pos);
    if (start < 0 || start + 1 >= source.length || !"{%".includes(source[start + 1])) {
      const end = start < 0 ? source.length : start + 1;
      stack.at(-1).children.push({ kind: "text", value: source.slice(pos, end), children: [] });
      pos = end;
      continue;
    }
    if (start > pos) stack.at(-1).children.push({ kind: "text", value: source.slice(pos, start), children: [] });
    const closer = source[start + 1] === "{" ? "}}" : "%}";
    const stop = source.indexOf(closer, start + 2);
    const inner = source.slice(start + 2, stop).trim();
    pos = stop + 2;
    if (closer === "}}") {
      stack.at(-1).children.push({ kind: "var", value: inner, children: [] });
      continue;
    }
    const words = inner.split(/\s+/);
    if (words[0] === "for" || words[0] === "if") {
      const node = { kind: words[0], value: words.slice(1).join(" "), children: [] };
      stack.at(-1).children.push(node);
      stack.push(node);
    } else {
      stack.pop();
    }
  }
  return root;
}

function lookup(context, path) {
  let value = context;
  for (const part of path.split(".")) value = value[part];
  return value;
}

function isTruthy(v) {
  return Array.isArray(v) ? v.length > 0 : Boolean(v);
}

function render(node, context, out) {
  for (const child of node.children) {
    if (child.kind === "text") {
      out.push(child.value);
    } else if (child.kind === "var") {
      const bar = child.value.indexOf("|");
      const name = bar < 0 ? child.value : child.value.slice(0, bar);
      const filt = bar < 0 ? "" : child.value.slice(bar + 1);
      const value = lookup(context, name.trim());
      let text = value === null || value === undefined ? "" : String(value);
      if (filt === "upper") text = text.toUpperCase();
      else if (filt === "title") text = title(text);
      out.push(escape(text));
    } else if (child.kind === "if") {
      if (isTruthy(lookup(context, child.value))) render(child, context, out);
    } else {
      const at = child.value.indexOf(" in ");
      const name = child.value.slice(0, at);
      for (const item of lookup(context, child.value.slice(at + 4))) {
        render(child, { ...context, [name]: item }, out);
      }
    }
  }
}

export function run(size) {
  const tree = parse(PAGE);
  let total = 0;
  let first = "";
  for (let page = 0; page < size; page++) {
    const items = [];
    for (let i = 0; i < 20; i++) {
      const tags = [];
      for (let j = 0; j < i % 4; j++) tags.push(`tag${(i + j) % 5}`);
      items.push({
        id: page * 100 + i,
        name: `widget number ${i} of page ${page}`,
        kind: i % 2 ? "odd" : "even",
        note: i % 7 === 0 ? "<b>&</b>" : null,
        tags,
        hot: i % 3 === 0,
      });
    }
    const context = {
      title: `page ${page} <items>`,
      user: { name: "Ada", email: "ada@example.com", admin: page % 2 === 0 },
      items,
      footer: "(c) cfpy & friends",
    };
    const out = [];
    render(tree, context, out);
    const html = out.join("");
    total += html.length;
    if (page === 1) first = html;
  }
  return `${total}\n${first}`;
}
