// enum: classes written the way the compiler lowers them (static fields, $clsattrs,
// $init_subclass).
import { suite } from "./_harness.mjs";
import { Enum, IntEnum, StrEnum, auto, unique } from "../../runtime_shim/js/stdlib/enum.js";
import {
  $clsattrs, $getitem, $iter, $eq, $ne, $lt, $add, $sub, $mul, $floordiv, $neg, $or, $pow, $fstr, $str, $repr, $call, Dict, Tuple,
  isinstance, type, list, sorted, hash, $truthy, $getattr, int as pyint, $fbox,
} from "../../runtime_shim/js/builtins/index.js";
import { $init_subclass } from "../../runtime_shim/js/lang/index.js";

function define(C, names) {
  $clsattrs(C, names);
  $init_subclass(C);
  return C;
}

class Color extends Enum {
  static RED = 1;
  static GREEN = 2;
  static BLUE = 3;
  static CRIMSON = 1;
  describe() { return `${this.name$.toLowerCase()}:${this.value}`; }
  get is_warm() { return this === Color.RED; }
  static from_name(s) { return $getitem(this, s.toUpperCase()); }
}
define(Color, ["RED", "GREEN", "BLUE", "CRIMSON", "from_name"]);

class Auto extends Enum {
  static A = auto();
  static B = auto();
  static C = 10;
  static D = auto();
}
define(Auto, ["A", "B", "C", "D"]);

class Mixed extends Enum {
  static X = 1;
  static Y = 2;
  static Z = 1;
  static W = auto();
}
define(Mixed, ["X", "Y", "Z", "W"]);

class Prio extends IntEnum {
  static LOW = 1;
  static MID = 5;
  static HIGH = 10;
}
define(Prio, ["LOW", "MID", "HIGH"]);

class Http extends StrEnum {
  static GET = auto();
  static POST = "post";
}
define(Http, ["GET", "POST"]);

class Planet extends Enum {
  static MERCURY = Tuple.of($fbox(3.303e23), $fbox(2.4397e6));
  static EARTH = Tuple.of($fbox(5.976e24), $fbox(6.37814e6));
  __init__(mass, radius) {
    this.mass = mass;
    this.radius = radius;
  }
}
define(Planet, ["MERCURY", "EARTH"]);

class Missing extends Enum {
  static ONE = 1;
  static TWO = 2;
  static _missing_(value) {
    return typeof value === "string" && value === "one" ? Missing.ONE : null;
  }
}
define(Missing, ["ONE", "TWO", "_missing_"]);

const SETUP = `
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()}:{self.value}"
    @property
    def is_warm(self):
        return self is Color.RED
    @classmethod
    def from_name(cls, s):
        return cls[s.upper()]
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
class Mixed(Enum):
    X = 1
    Y = 2
    Z = 1
    W = auto()
class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
class Http(StrEnum):
    GET = auto()
    POST = "post"
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
class Missing(Enum):
    ONE = 1
    TWO = 2
    @classmethod
    def _missing_(cls, value):
        return cls.ONE if value == "one" else None
`;

suite("enum", SETUP, [
  { name: "repr", py: "repr(Color.RED)", js: () => $repr(Color.RED) },
  { name: "str", py: "str(Color.GREEN)", js: () => $str(Color.GREEN) },
  { name: "fstring", py: "f'{Color.BLUE}|{Color.BLUE:>12}|{Color.BLUE!r}'", js: () => `${$fstr(Color.BLUE)}|${$fstr(Color.BLUE, ">12")}|${$fstr(Color.BLUE, "", "r")}` },
  { name: "name-value", py: "(Color.RED.name, Color.RED.value, Color.BLUE._name_, Color.BLUE._value_)", js: () => Tuple.of(Color.RED.name$, Color.RED.value, Color.BLUE._name_, Color.BLUE._value_) },
  { name: "call-lookup", py: "Color(2)", js: () => new Color(2) },
  { name: "call-member", py: "Color(Color.BLUE)", js: () => new Color(Color.BLUE) },
  { name: "call-missing", py: "Color(7)", js: () => new Color(7) },
  { name: "call-missing-str", py: "Color('red')", js: () => new Color("red") },
  { name: "getitem", py: "Color['GREEN']", js: () => $getitem(Color, "GREEN") },
  { name: "getitem-missing", py: "Color['PINK']", js: () => $getitem(Color, "PINK") },
  { name: "alias-identity", py: "(Color.CRIMSON is Color.RED, Color['CRIMSON'], Color(1).name)", js: () => Tuple.of(Color.CRIMSON === Color.RED, $getitem(Color, "CRIMSON"), new Color(1).name$) },
  { name: "iteration", py: "list(Color)", js: () => list(Color) },
  { name: "for-loop", py: "[c.name for c in Color]", js: () => Array.from($iter(Color), (c) => c.name$) },
  { name: "members", py: "Color.__members__", js: () => Color.__members__ },
  { name: "member-names", py: "(Color._member_names_, list(Color.__members__))", js: () => Tuple.of(Color._member_names_, list(Color.__members__)) },
  { name: "eq", py: "(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED == 1, Color.RED != Color.BLUE)", js: () => Tuple.of($eq(Color.RED, Color.RED), $eq(Color.RED, Color.GREEN), $eq(Color.RED, 1), $ne(Color.RED, Color.BLUE)) },
  { name: "ordering-error", py: "Color.RED < Color.GREEN", js: () => $lt(Color.RED, Color.GREEN) },
  { name: "isinstance", py: "(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), isinstance(Prio.LOW, Color))", js: () => Tuple.of(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), isinstance(Prio.LOW, Color)) },
  { name: "type", py: "(type(Color.RED) is Color, type(Color.RED).__name__)", js: () => Tuple.of(type(Color.RED) === Color, $getattr(type(Color.RED), "__name__")) },
  { name: "dict-key", py: "d = {Color.RED: 'r', Color.GREEN: 'g'}\n(d[Color.CRIMSON], len(d), Color.BLUE in d)", js: () => { const d = new Dict(); d.$set(Color.RED, "r"); d.$set(Color.GREEN, "g"); return Tuple.of(d.__getitem__(Color.CRIMSON), d.__len__(), d.$has(Color.BLUE)); } },
  { name: "hashable", py: "hash(Color.RED) == hash(Color.RED)", js: () => hash(Color.RED) === hash(Color.RED) },
  { name: "method", py: "Color.GREEN.describe()", js: () => Color.GREEN.describe() },
  { name: "property", py: "(Color.RED.is_warm, Color.BLUE.is_warm)", js: () => Tuple.of(Color.RED.is_warm, Color.BLUE.is_warm) },
  { name: "classmethod", py: "Color.from_name('blue')", js: () => Color.from_name("blue") },
  { name: "truthy", py: "bool(Color.RED)", js: () => $truthy(Color.RED) },
  { name: "reassign", py: "Color.RED = 5", js: () => { Color.RED = 5; } },
  { name: "auto", py: "list(Auto)", js: () => list(Auto) },
  { name: "auto-after-alias", py: "list(Mixed)", js: () => list(Mixed) },
  { name: "unique-ok", py: "unique(Auto) is Auto", js: () => unique(Auto) === Auto },
  { name: "unique-dups", py: "unique(Color)", js: () => unique(Color) },
  { name: "tuple-values-init", py: "(Planet.EARTH.mass, Planet.EARTH.radius, Planet.MERCURY.value)", js: () => Tuple.of(Planet.EARTH.mass, Planet.EARTH.radius, Planet.MERCURY.value) },
  { name: "missing-hook", py: "(Missing('one'), Missing(2))", js: () => Tuple.of(new Missing("one"), new Missing(2)) },
  { name: "missing-hook-none", py: "Missing('three')", js: () => new Missing("three") },
  { name: "extend-error", py: "class Sub(Color):\n    PINK = 9", js: () => { class Sub extends Color { static PINK = 9; } define(Sub, ["PINK"]); } },
  { name: "intenum-repr-str", py: "(repr(Prio.MID), str(Prio.MID), f'{Prio.HIGH:03d}', format(Prio.LOW))", js: () => Tuple.of($repr(Prio.MID), $str(Prio.MID), $fstr(Prio.HIGH, "03d"), $fstr(Prio.LOW)) },
  { name: "intenum-compare", py: "(Prio.LOW == 1, 1 == Prio.LOW, Prio.MID < Prio.HIGH, Prio.MID > 3, 2 < Prio.LOW)", js: () => Tuple.of($eq(Prio.LOW, 1), $eq(1, Prio.LOW), $lt(Prio.MID, Prio.HIGH), $lt(3, Prio.MID), $lt(2, Prio.LOW)) },
  { name: "intenum-arith", py: "(Prio.LOW + 1, 10 - Prio.MID, Prio.MID * 2, Prio.HIGH // 3, -Prio.LOW, Prio.HIGH | 1, 2 ** Prio.LOW)", js: () => Tuple.of($add(Prio.LOW, 1), $sub(10, Prio.MID), $mul(Prio.MID, 2), $floordiv(Prio.HIGH, 3), $neg(Prio.LOW), $or(Prio.HIGH, 1), $pow(2, Prio.LOW)) },
  { name: "intenum-sorted", py: "sorted([Prio.HIGH, Prio.LOW, Prio.MID])", js: () => sorted([Prio.HIGH, Prio.LOW, Prio.MID]) },
  { name: "intenum-lookup", py: "(Prio(5), int(Prio.HIGH), Prio(10).name)", js: () => Tuple.of(new Prio(5), pyint(Prio.HIGH), new Prio(10).name$) },
  { name: "intenum-index", py: "['a', 'b', 'c'][Prio.LOW]", js: () => $getitem(["a", "b", "c"], Prio.LOW) },
  { name: "strenum", py: "(repr(Http.GET), str(Http.POST), Http.GET == 'get', Http.POST.upper(), f'{Http.GET}')", js: () => Tuple.of($repr(Http.GET), $str(Http.POST), $eq(Http.GET, "get"), Http.POST.upper(), $fstr(Http.GET)) },
  { name: "strenum-lookup", py: "Http('post')", js: () => new Http("post") },
]);

// keyword call of an enum class: $call passes through to the lookup
suite("enum_call", SETUP, [
  { name: "call-kw", py: "Color(value=2)", js: () => $call(Color, [], { value: 2 }) },
  { name: "call-positional", py: "Color(3)", js: () => $call(Color, [3], null) },
]);
