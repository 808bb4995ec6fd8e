# dataclasses helpers: asdict/astuple (nested), fields, replace, is_dataclass, MISSING, module form.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclasses.dataclass
class Cfg:
    host: str
    port: int = 80
    meta: dict = dataclasses.field(default_factory=dict)
    hidden: int = field(default=0, repr=False, init=False)


@dataclass
class Wrap:
    cfgs: tuple
    by_name: dict


c = Cfg("h", meta={"k": [1, 2]})
w = Wrap((c, Cfg("x", 1)), {"a": c})
print(dataclasses.asdict(c), astuple(c), is_dataclass(c), is_dataclass(Cfg), is_dataclass(3))
print(asdict(w))
print(astuple(w))
print([(f.name, f.init, f.repr) for f in fields(Cfg)], fields(c)[1].default, fields(c)[0].default is dataclasses.MISSING)
print(replace(c, port=8080), dataclasses.replace(c))
try:
    replace(c, hidden=1)
except ValueError as e:
    print("ValueError", e)
try:
    asdict(3)
except TypeError as e:
    print("TypeError", e)
print(asdict(c, dict_factory=lambda pairs: sorted(pairs, reverse=True)))
