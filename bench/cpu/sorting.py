"""Sorting with key functions: attribute keys, tuple keys, reverse, str keys, min/max."""

SYLLABLES = ["ka", "Lo", "mi", "Ne", "ru", "sa", "To", "vi", "Ze", "yo", "Ba", "du"]
DEPTS = ["eng", "ops", "sales", "legal", "design", "support"]


class Employee:
    def __init__(self, name: str, dept: str, salary: int, age: int) -> None:
        self.name = name
        self.dept = dept
        self.salary = salary
        self.age = age

    def label(self) -> str:
        return f"{self.name}({self.dept},{self.age},{self.salary})"


def make_people(count: int) -> list:
    seed = 5
    people = []
    for _ in range(count):
        seed = (seed * 75 + 74) % 65537
        name = SYLLABLES[seed % 12] + SYLLABLES[(seed // 12) % 12] + SYLLABLES[(seed // 144) % 12]
        people.append(Employee(name, DEPTS[seed % 6], 30000 + (seed % 9000) * 10, 20 + seed % 45))
    return people


def run(size: int) -> str:
    people = make_people(size)
    by_salary = sorted(people, key=lambda e: e.salary, reverse=True)
    by_dept = sorted(people, key=lambda e: (e.dept, -e.age, e.name))
    by_name = sorted(people, key=lambda e: e.name.lower())
    names = sorted({e.name for e in people}, key=lambda n: (len(n), n))
    ages = [e.age for e in people]
    ages.sort(reverse=True)
    oldest = max(people, key=lambda e: (e.age, e.salary))
    cheapest = min(people, key=lambda e: (e.salary, e.name))
    lines = [
        " ".join(e.label() for e in by_salary[:5]),
        " ".join(e.label() for e in by_dept[:5]),
        " ".join(e.label() for e in by_dept[-5:]),
        " ".join(e.name for e in by_name[:10]),
        " ".join(names[:10]) + f" ({len(names)} names)",
        f"ages {ages[0]} {ages[len(ages) // 2]} {ages[-1]}",
        f"oldest {oldest.label()} cheapest {cheapest.label()}",
    ]
    return "\n".join(lines)
