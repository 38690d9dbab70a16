s = ""
for i in range(10):
    s = s + str(i)
print(s)
print(len(s))

r = ""
for c in "hello world":
    r = c + r
print(r)

csv = ""
for w in ["alpha", "beta", "gamma", "delta"]:
    if csv != "":
        csv += ","
    csv += w
print(csv)

def repeat_join(word, n, sep):
    out = ""
    for i in range(n):
        if i > 0:
            out = out + sep
        out = out + word
    return out

print(repeat_join("ab", 4, "-"))
print(repeat_join("x", 1, "-"))
print(repr(repeat_join("x", 0, "-")))

def count_char(s, ch):
    n = 0
    for c in s:
        if c == ch:
            n += 1
    return n

print(count_char("mississippi", "s"))
print(count_char("mississippi", "i"))
print(count_char("", "i"))

bar = ""
for i in range(5):
    bar += "[" + "=" * i + " " * (4 - i) + "]\n"
print(bar, end="")

t = "a"
t *= 3
print(t)
esc = ""
for c in "ab":
    esc += c + "\t" + "\\" + "\n"
print(repr(esc))
print(esc, end="")
