print(1)
raise ValueError("x")
