# Python names that are JS reserved words or special globals, in every binding position.
new = 1
this = 2
arguments = 3
default = 4
function = 5
var = 6
typeof = 7
void = 8
delete = 9
switch = 10
case = 11
undefined = 12
NaN = 13
Infinity = 14
let = 15
static = 16
enum = 17
interface = 18
package = 19
instanceof = 20
debugger = 21
const = 22
export = 23
extends = 24
super_ = 25
do = 26
implements = 27
private = 28
protected = 29
public = 30
throw = 31
catch = 32
globalThis = 33
eval_ = 34
Object = 35
Array = 36
Promise = 37
Symbol = 38
Map = 39
undefined += 1


def function_(new, this, arguments, *default, case=1, **switch):
    var = new + this
    let = [typeof for typeof in range(3)]
    return var, let, arguments, default, case, switch


class var_:
    new = 1
    this = 2

    def delete(self, typeof):
        self.new = typeof
        return self.this

    def default(self):
        return new


def closure():
    yield_ = 1
    static = 2

    def inner():
        nonlocal static
        global this
        static += 1
        this = static
        return static
    return inner


for case in range(2):
    pass
try:
    pass
except Exception as catch:
    pass
lam = lambda new, this=1: new + this
d = {"new": new, "constructor": 1, "__proto__": 2}
o = var_()
o.new = o.delete(typeof=5)
print(new, this, function_(1, 2, 3, 4, case=5, x=6), o.default(), lam(1), d, closure()())
print(arguments, default, function, var, typeof, void, delete, switch, case, undefined, NaN, Infinity)
print(let, static, enum, interface, package, instanceof, debugger, const, export, extends)
print(Object, Array, Promise, Symbol, Map, globalThis)
