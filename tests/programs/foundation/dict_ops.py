d = {"a": 1, "b": 2}
print(d)
print(d["a"], d["b"])
d["c"] = 3
print(d)
d["a"] = 100
print(d)
print(len(d))
print("a" in d, "z" in d, "z" not in d, 1 in d)
e = {}
print(e, len(e))
e[1] = "one"
e[2] = "two"
e[1] = "uno"
print(e)
print(e[1] + e[2])
m = {1: "int", "1": "str", 2.5: "float", None: "none", (1, 2): "tuple"}
print(m)
print(m[1], m["1"], m[2.5], m[None], m[(1, 2)])
print({True: "a", 1: "b"})
print({1: "x", 1.0: "y"})
nest = {"outer": {"inner": [1, 2, {"deep": "yes"}]}}
print(nest)
print(nest["outer"]["inner"][2]["deep"])
nest["outer"]["inner"][0] = "changed"
print(nest)
counts = {}
for ch in "abracadabra":
    if ch in counts:
        counts[ch] = counts[ch] + 1
    else:
        counts[ch] = 1
print(counts)
print({"x": 1} == {"x": 1}, {"x": 1} == {"x": 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
alias = counts
alias["z"] = 0
print(counts)
print(alias is counts)
keys = ["k1", "k2", "k3"]
vals = {}
for i in range(3):
    vals[keys[i]] = i * 1.5
print(vals)
print({"q": "it's", "r": 'say "hi"'})
