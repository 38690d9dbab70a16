# Bound methods compare equal when they bind the same function to the same object (3.8:
# by identity), builtin methods likewise; their hashes agree with that.
class C:
    def m(self):
        pass
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
c, d = C(), C()
print(c.m == c.m, c.m != c.m, c.m == d.m, c.m is c.m, hash(c.m) == hash(c.m))
print([].append == [].append, [1].append == [1].append)
l = []
print(l.append == l.append, l.append != l.append, hash(l.append) == hash(l.append))
print(C.m == C.m, c.m == C.m)
s = {c.m, c.m}
print(len(s))
import weakref
wm = weakref.WeakMethod(c.m)
print(wm() == c.m, wm() is c.m, c.m == 1, c.m.__eq__(1), [].append.__eq__(1))
