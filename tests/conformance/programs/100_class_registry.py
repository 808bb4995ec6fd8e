# Class-level registries, class attributes shared through instances, __init_subclass__.
class Counter:
    instances = []

    def __init__(self):
        Counter.instances.append(self)
        self.id = len(Counter.instances)


Counter()
Counter()
print(len(Counter.instances), [c.id for c in Counter.instances])


class Plugin:
    registry = {}

    def __init_subclass__(cls):
        super().__init_subclass__()
        Plugin.registry[cls.__name__.lower()] = cls

    def run(self):
        return f"{type(self).__name__} running"


class Alpha(Plugin):
    pass


class Beta(Plugin):
    def run(self):
        return super().run() + " (beta)"


print(sorted(Plugin.registry), [Plugin.registry[k]().run() for k in sorted(Plugin.registry)])


class Shared:
    items = []
    total = 0

    def add(self, x):
        self.items.append(x)
        self.total += x


s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.total, s2.total, Shared.total, "total" in vars(s1))
