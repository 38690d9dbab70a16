def check(label, v):
    if v:
        print(label, "is truthy")
    else:
        print(label, "is falsy")


check("0", 0)
check("1", 1)
check("-1", -1)
check("0.0", 0.0)
check("-0.0", -0.0)
check("0.1", 0.1)
check("''", "")
check("' '", " ")
check("'0'", "0")
check("[]", [])
check("[0]", [0])
check("[[]]", [[]])
check("()", ())
check("(0,)", (0,))
check("{}", {})
check("{0: 0}", {0: 0})
check("None", None)
check("True", True)
check("False", False)
check("2**100", 2 ** 100)
check("big - big", 2 ** 100 - 2 ** 100)
print(not 0, not 1, not "", not "a", not [], not [1], not None, not {})
print(not not 5, not not "")
x = []
n = 0
while not x:
    n += 1
    if n == 3:
        x = [n]
print(x, n)
s = "abc"
while s:
    print("s:", s)
    if s == "abc":
        s = "ab"
    elif s == "ab":
        s = "a"
    else:
        s = ""
print(repr(s))
if None is None and not None:
    print("None checks ok")
