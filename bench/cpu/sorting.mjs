// Sorting with comparators: the hand-written twin of sorting.py.

const SYLLABLES = ["ka", "Lo", "mi", "Ne", "ru", "sa", "To", "vi", "Ze", "yo", "Ba", "du"];
const DEPTS = ["eng", "ops", "sales", "legal", "design", "support"];
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

class Employee {
  constructor(name, dept, salary, age) {
    this.name = name;
    this.dept = dept;
    this.salary = salary;
    this.age = age;
  }

  label() {
    return `${this.name}(${this.dept},${this.age},${this.salary})`;
  }
}

function makePeople(count) {
  let seed = 5;
  const people = [];
  for (let i = 0; i < count; i++) {
    seed = (seed * 75 + 74) % 65537;
    const name =
      SYLLABLES[seed % 12] +
      SYLLABLES[Math.floor(seed / 12) % 12] +
      SYLLABLES[Math.floor(seed / 144) % 12];
    people.push(new Employee(name, DEPTS[seed % 6], 30000 + (seed % 9000) * 10, 20 + (seed % 45)));
  }
  return people;
}

export function run(size) {
  const people = makePeople(size);
  const bySalary = [...people].sort((a, b) => b.salary - a.salary);
  const byDept = [...people].sort(
    (a, b) => cmp(a.dept, b.dept) || b.age - a.age || cmp(a.name, b.name),
  );
  const byName = people
    .map((e) => ({ key: e.name.toLowerCase(), e }))
    .sort((a, b) => cmp(a.key, b.key))
    .map((x) => x.e);
  const names = [...new Set(people.map((e) => e.name))].sort(
    (a, b) => a.length - b.length || cmp(a, b),
  );
  const ages = people.map((e) => e.age).sort((a, b) => b - a);
  let oldest = people[0];
  let cheapest = people[0];
  for (const e of people) {
    if (e.age > oldest.age || (e.age === oldest.age && e.salary > oldest.salary)) oldest = e;
    if (e.salary < cheapest.salary || (e.salary === cheapest.salary && e.name < cheapest.name))
      cheapest = e;
  }
  const lines = [
    bySalary.slice(0, 5).map((e) => e.label()).join(" "),
    byDept.slice(0, 5).map((e) => e.label()).join(" "),
    byDept.slice(-5).map((e) => e.label()).join(" "),
    byName.slice(0, 10).map((e) => e.name).join(" "),
    names.slice(0, 10).join(" ") + ` (${names.length} names)`,
    `ages ${ages[0]} ${ages[Math.floor(ages.length / 2)]} ${ages[ages.length - 1]}`,
    `oldest ${oldest.label()} cheapest ${cheapest.label()}`,
  ];
  return lines.join("\n");
}
