# An uncaught exception: stdout printed so far is kept and the exit code is 1.
class Job:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def run(self):
        if self.weight > 2:
            raise RuntimeError(f"job {self.name!r} too heavy: {self.weight}")
        return self.weight * 10


def process(jobs):
    done = []
    for job in jobs:
        try:
            if job.weight < 0:
                raise ValueError("negative weight")
        except ValueError as e:
            print("skipping", job.name, "-", e)
            continue
        finally:
            print("checked", job.name)
        result = job.run()
        done.append(result)
        print("ran", job.name, "->", result)
    return done


jobs = [Job("a", 1), Job("b", -1), Job("c", 2), Job("d", 3), Job("e", 0)]
print("starting", len(jobs), "jobs")
try:
    process(jobs[:3])
finally:
    print("first batch finished")
process(jobs)
print("never printed")
