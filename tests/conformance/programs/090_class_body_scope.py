# Names in class bodies: class attributes used by later class-body statements.
class Config:
    factor = 10
    names = ["a", "b"]
    upper = [s.upper() for s in names]
    doubled = factor * 2
    table = {n: n * 2 for n in names}
    lookup = dict(zip(names, range(len(names))))


print(Config.upper, Config.doubled, Config.table, Config.lookup)


class Units:
    SECOND = 1
    MINUTE = 60 * SECOND
    HOUR = 60 * MINUTE
    ALL = (SECOND, MINUTE, HOUR)


print(Units.MINUTE, Units.HOUR, Units.ALL)
x = "module"


class Shadow:
    x = "class"
    seen = x

    def method(self):
        return x


print(Shadow.seen, Shadow().method())
