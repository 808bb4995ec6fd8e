# Fuzz finding (bad-js): a def/class nested in a module-level block whose name is also a
# top-level def/class is emitted as `export function`/`export class` inside the block.
for i in range(2):
    def f():
        pass

if i:
    class K:
        pass


def f():
    pass


class K:
    pass
