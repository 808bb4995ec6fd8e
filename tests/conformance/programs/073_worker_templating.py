# Realistic worker logic: HTML templating with escaping.
def escape(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")


class Template:
    def __init__(self, text):
        self.parts = []
        i = 0
        while True:
            start = text.find("{{", i)
            if start < 0:
                self.parts.append(("text", text[i:]))
                break
            end = text.find("}}", start)
            self.parts.append(("text", text[i:start]))
            expr = text[start + 2 : end].strip()
            raw = expr.startswith("!")
            self.parts.append(("raw" if raw else "var", expr.lstrip("!").strip()))
            i = end + 2

    def render(self, ctx):
        out = []
        for kind, value in self.parts:
            if kind == "text":
                out.append(value)
                continue
            obj = ctx
            for piece in value.split("."):
                obj = obj[piece] if isinstance(obj, dict) else getattr(obj, piece)
            out.append(str(obj) if kind == "raw" else escape(obj))
        return "".join(out)


page = Template("<h1>{{ title }}</h1><p>{{user.name}} ({{ user.age }})</p>{{! footer }}")
print(page.render({"title": "Hi <there> & 'you'", "user": {"name": 'O"Neil', "age": 42}, "footer": "<hr>"}))


class User:
    def __init__(self, name, admin):
        self.name = name
        self.admin = admin


def render_list(items):
    rows = "".join(f"<li class=\"{'admin' if u.admin else 'user'}\">{escape(u.name)}</li>" for u in items)
    return f"<ul>{rows}</ul>" if items else "<p>No users</p>"


users = [User("ann", True), User("<script>", False)]
print(render_list(users))
print(render_list([]))
print(escape("<a href='x'>&</a>"), escape(5), escape(None))
table_rows = [("Widget", 3, 2.5), ("Gadget", 10, 0.99), ("Thing & co", 1, 100.0)]
lines = ["<table>"]
for name, qty, price in table_rows:
    lines.append(f"  <tr><td>{escape(name):<14}</td><td>{qty:>3}</td><td>{price:>8.2f}</td><td>{qty * price:>9,.2f}</td></tr>")
lines.append("</table>")
print("\n".join(lines))
total = sum(q * p for _, q, p in table_rows)
print(f"Total: {total:,.2f} ({len(table_rows)} items, avg {total / len(table_rows):.3f})")
email_tpl = "Dear %(name)s,\nYour order #%(order)05d of %(amount).2f EUR has shipped.\n"
print(email_tpl % {"name": "Ann", "order": 42, "amount": 19.9}, end="")
print("{greeting:*^20}".format(greeting=" Welcome "))
