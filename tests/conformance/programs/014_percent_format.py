# printf-style % formatting.
print("%s %s" % ("a", "b"))
print("%d items" % 5)
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%08.2f|%+.1f" % (3.14159, 2.5, -1.25, 3.5, 2.0))
print("%e|%.2e|%E" % (12345.678, 0.000123, 1e10))
print("%g|%g|%g|%g|%.3g" % (0.0001, 123456789.0, 1.5, 100000.0, 3.14159))
print("%x|%X|%#x|%o|%#o" % (255, 255, 255, 8, 8))
print("%s|%r|%a" % ("str", "str", "é"))
print("%r" % [1, "a", None])
print("%s" % [1, "a"])
print("%s" % (1,))
print("%s and %s" % (1.0, 2.5))
print("%d%%" % 50)
print("%c%c" % (72, "i"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%*d|%-*s|" % (6, 7, 4, "ab"))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%i" % 3.99, "%d" % -3.99, "%d" % True)
print("%s" % None, "%s" % True, "%r" % "it's")
print("%10s|%-10s|" % ("right", "left"))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%5.1f%%" % 99.44)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%s %s" % ("only",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError", e)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for row in rows:
    print("%-8s %4d %8.2f" % row)
