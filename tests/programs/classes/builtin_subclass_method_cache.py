# Method calls on instances of subclasses of builtin types, through the per-site caches:
# the instance dict shadows the base's method, and class changes are seen.
from collections import deque


class Stack(list):
    pass


class Queue(deque):
    pass


class Counter(dict):
    pass


def push_all(s, items):
    for x in items:
        s.append(x)
    return s


s = Stack()
push_all(s, range(3))
print(s, s.pop(), s)
s.append = lambda x: print("shadowed append", x)
push_all(s, "ab")
print(s)
del s.append
push_all(s, [7])
print(s)
Stack.append = lambda self, x: list.append(self, x * 10)
push_all(s, [1])
print(s)
del Stack.append
push_all(s, [2])
print(s)

q = Queue()
for i in range(5):
    q.append(i)
    if len(q) > 3:
        q.popleft()
print(q, q.maxlen)

c = Counter()
for word in "a b a c a b".split():
    c[word] = c.get(word, 0) + 1
print(sorted(c.items()), c.get("z", "missing"))
c.get = lambda k, d=None: "instance get"
print(c.get("a"))


class Sized(Stack):
    __slots__ = ()


z = Sized([3, 1, 2])
for _ in range(2):
    z.sort()
print(z)
try:
    z.sort = None
except AttributeError as e:
    print(e)
