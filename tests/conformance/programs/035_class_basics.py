# Classes: inheritance, super(), class attributes, instance attributes.
class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name}) of {self.kingdom}"


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    kingdom = "cute animalia"

    def speak(self):
        base = super().speak()
        return base.upper()


a = Animal("generic")
d = Dog("rex")
p = Puppy("bit")
print(a.speak(), "|", d.speak(), "|", p.speak())
print(a.describe(), "|", d.describe(), "|", p.describe())
print(Animal.count, d.count, Puppy.count)
d.add_trick("sit").add_trick("roll")
print(d.tricks, p.tricks)
print(Animal.kingdom, Dog.kingdom, Puppy.kingdom, p.kingdom)
d.kingdom = "instance override"
print(d.kingdom, Dog.kingdom, Animal.kingdom)
Animal.kingdom = "changed"
print(a.kingdom, Dog.kingdom, Puppy.kingdom)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy), issubclass(Puppy, Animal))
print(type(p).__name__, type(p) is Puppy, type(p) == Dog, Puppy.__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__)


class Base:
    def __init__(self):
        self.log = ["Base"]

    def hook(self):
        return "base hook"

    def run(self):
        return self.hook()


class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")

    def hook(self):
        return "child hook"


ch = Child()
print(ch.log, ch.run(), Base.run(ch))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B):
    def who(self):
        return "D>" + super().who()


print(D().who(), C().who(), [k.__name__ for k in D.__mro__])


class Empty:
    pass


e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, vars(e), e.__dict__)


print(d.__class__.__name__, d.__class__.__bases__[0].__name__)
