# Custom exceptions with attributes; raise ... from; chaining.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, resource, key):
        super().__init__(f"{resource} {key!r} not found")
        self.resource = resource
        self.key = key
        self.status = 404


class Invalid(AppError):
    status = 400

    def __init__(self, field, problem="invalid"):
        self.field = field
        self.problem = problem
        super().__init__(field, problem)

    def __str__(self):
        return f"{self.field}: {self.problem}"


for exc in [NotFound("user", 7), Invalid("email"), Invalid("age", "must be positive"), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.resource, e.key, e.status, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e.args), getattr(e, "status", None))
print(repr(NotFound("x", 1)), repr(Invalid("f")))


def convert(text):
    try:
        return int(text)
    except ValueError:
        raise Invalid("number", f"cannot parse {text!r}")


try:
    convert("x1")
except Invalid as e:
    print("converted error:", e, e.field, e.status)


def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised:", e)


class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)


try:
    raise WithDefault
except WithDefault as e:
    print("WithDefault", e)
try:
    raise WithDefault()
except Exception as e:
    print(isinstance(e, WithDefault), isinstance(e, Exception), e)


class HttpError(Exception):
    def __init__(self, status, body=""):
        self.status = status
        self.body = body


e = HttpError(500, "oops")
print(e.args, e.status, e.body, repr(str(e)))
errors = []
for v in ["1", "x", "3", ""]:
    try:
        errors.append(convert(v))
    except Invalid as err:
        errors.append(str(err))
print(errors)
