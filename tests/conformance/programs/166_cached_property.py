# functools.cached_property: computed once per instance, then an ordinary attribute.
import functools
from functools import cached_property


class Report:
    calls = 0

    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        Report.calls += 1
        return sum(self.rows)

    @functools.cached_property
    def then(self):
        return "then-" + str(self.total)


r = Report([1, 2, 3])
print(r.total, r.total, Report.calls, r.then, "total" in vars(r))
r.total = 100
print(r.total, Report.calls)
del r.total
print(r.total, Report.calls, getattr(r, "total"), hasattr(r, "then"))
r2 = Report([5])
print(r2.total, Report.calls, r.total)
