"""A small template renderer: {{ var|filter }}, {% for x in xs %}, {% if x %}, escaping."""

PAGE = """<html><head><title>{{ title|upper }}</title></head><body>
<h1>{{ title }}</h1><p>{{ user.name }} ({{ user.email }})</p>
{% if user.admin %}<p class="admin">admin</p>{% endif %}
<ul>{% for item in items %}
  <li class="{{ item.kind }}"><a href="/items/{{ item.id }}">{{ item.name|title }}</a> {{ item.note }}
  {% for tag in item.tags %}<span>{{ tag }}</span>{% endfor %}{% if item.hot %} <b>hot</b>{% endif %}</li>{% endfor %}
</ul><footer>{{ footer }}</footer></body></html>"""


class Node:
    def __init__(self, kind: str, value: str, children: list) -> None:
        self.kind = kind
        self.value = value
        self.children = children


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def parse(source: str) -> Node:
    root = Node("root", "", [])
    stack = [root]
    pos = 0
    while pos < len(source):
        start = source.find("{", pos)
        if start < 0 or start + 1 >= len(source) or source[start + 1] not in "{%":
            end = len(source) if start < 0 else start + 1
            stack[-1].children.append(Node("text", source[pos:end], []))
            pos = end
            continue
        if start > pos:
            stack[-1].children.append(Node("text", source[pos:start], []))
        closer = "}}" if source[start + 1] == "{" else "%}"
        stop = source.index(closer, start + 2)
        inner = source[start + 2 : stop].strip()
        pos = stop + 2
        if closer == "}}":
            stack[-1].children.append(Node("var", inner, []))
            continue
        words = inner.split()
        if words[0] in ("for", "if"):
            node = Node(words[0], " ".join(words[1:]), [])
            stack[-1].children.append(node)
            stack.append(node)
        else:
            stack.pop()
    return root


def lookup(context: dict, path: str) -> object:
    value = context
    for part in path.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def render(node: Node, context: dict, out: list) -> None:
    for child in node.children:
        if child.kind == "text":
            out.append(child.value)
        elif child.kind == "var":
            name, _, filt = child.value.partition("|")
            value = lookup(context, name.strip())
            text = "" if value is None else str(value)
            if filt == "upper":
                text = text.upper()
            elif filt == "title":
                text = text.title()
            out.append(escape(text))
        elif child.kind == "if":
            if lookup(context, child.value):
                render(child, context, out)
        else:
            var, _, seq = child.value.partition(" in ")
            for item in lookup(context, seq):
                scope = dict(context)
                scope[var] = item
                render(child, scope, out)


def run(size: int) -> str:
    tree = parse(PAGE)
    total = 0
    first = ""
    for page in range(size):
        items = [
            {
                "id": page * 100 + i,
                "name": f"widget number {i} of page {page}",
                "kind": "odd" if i % 2 else "even",
                "note": "<b>&</b>" if i % 7 == 0 else None,
                "tags": [f"tag{(i + j) % 5}" for j in range(i % 4)],
                "hot": i % 3 == 0,
            }
            for i in range(20)
        ]
        context = {
            "title": f"page {page} <items>",
            "user": {"name": "Ada", "email": "ada@example.com", "admin": page % 2 == 0},
            "items": items,
            "footer": "(c) cfpy & friends",
        }
        out = []
        render(tree, context, out)
        html = "".join(out)
        total += len(html)
        if page == 1:
            first = html
    return f"{total}\n{first}"
