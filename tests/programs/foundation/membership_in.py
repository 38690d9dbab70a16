lst = [1, 2, 3, "four", None, (5, 6), [7]]
print(1 in lst, 4 in lst, "four" in lst, None in lst)
print((5, 6) in lst, [7] in lst, 7 in lst)
print(1.0 in lst, True in lst, False in lst)
t = ("a", "b")
print("a" in t, "c" in t, "c" not in t)
s = "hello world"
print("o w" in s, "low" in s, "" in "", "world" in s)
d = {"x": 1, 2: "y", (1, 2): 3}
print("x" in d, 1 in d, 2 in d, (1, 2) in d, "y" in d)
print(2.0 in d)
print(2 ** 64 in [2 ** 64], 2 ** 64 + 1 in [2 ** 64])
nested = [[1, 2], [3]]
print([1, 2] in nested, 1 in nested)
allowed = ["read", "write"]
for op in ["read", "exec", "write", "delete"]:
    if op in allowed:
        print(op, "allowed")
    else:
        print(op, "denied")
seen = []
for c in "mississippi":
    if c not in seen:
        seen = seen + [c]
print(seen)
print(not 3 in [1, 2])
print(0.1 + 0.2 in [0.3], 0.5 in [0.25 + 0.25])
