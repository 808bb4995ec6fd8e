# Fuzz finding (bad-js): try/except/else without finally -> an outer JS `try {...}` with
# neither catch nor finally: "Missing catch or finally after try".
def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError:
        return None
    else:
        return y
