t = (1, 2, 3)
print(t)
print(t[0], t[-1], t[1])
print(len(t))
print((1,))
print(())
print((1, 2) + (3,))
print(() + ())
print(("a",) + ("b", "c"))
u = (t, (4, 5), "six")
print(u)
print(u[0][2], u[1][-1], u[2][0])
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print(3 in t, 4 in t, "six" in u)
for x in (10, 20, 30):
    print(x, end=" ")
print()
s = 0
for v in (1, 2.5, 3):
    s += v
print(s)
one = (42,)
print(one, len(one), one[0])
tl = ([1, 2], [3])
tl[0][0] = "mutated"
print(tl)
print((None, True, False, 1.0, "x"))
w = 1, 2
print(w)
print(((1,),))
print(((),))
empty = ()
if empty:
    print("empty tuple truthy")
else:
    print("empty tuple falsy")
acc = ()
for i in range(4):
    acc = acc + (i,)
print(acc)
acc += (99,)
print(acc)
print(repr(("it's", 'a "q"')))
