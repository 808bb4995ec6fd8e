# random.Random instances: float-valued methods answer floats (1.0, not 1), triangular's low as given, a subclass's random() used by the others.
import random

r = random.Random(12345)
print(r.random(), r.uniform(1, 1), r.uniform(2, 3), r.triangular(1, 1, 1), r.triangular(2, 2), r.triangular(0, 1, 0.5), r.gauss(0, 1), r.normalvariate(5, 0))
print(r.lognormvariate(0, 0), r.expovariate(2), r.paretovariate(3), r.weibullvariate(1, 2), r.randint(1, 9), r.choice("abc"))
print(r.sample(range(100), 5), r.choices([1, 2, 3], k=4), r.randrange(10, 20, 3), r.getrandbits(12))
xs = list(range(10))
r.shuffle(xs)
print(xs, [r.random() for _ in range(3)], type(r.uniform(1, 1)).__name__)
random.seed(7)
print(random.random(), random.uniform(4, 4), random.gauss(1, 0), random.randint(0, 100))


class Fixed(random.Random):
    def random(self):
        return 0.5


f = Fixed()
print(f.random(), f.uniform(0, 10), f.triangular(0, 4), f.expovariate(1))
