# Method calls and member reads at one site across builtin types whose attribute slot answers
# only data members: the per-site caches must give what the uncached lookup gives.
from collections import deque


class LoggedDeque(deque):
    def append(self, x):
        print("LoggedDeque.append", x)
        super().append(x)


def feed(target, items):
    for x in items:
        target.append(x)
    return target


def bounds(obj):
    return obj.maxlen if isinstance(obj, deque) else (obj.real, obj.imag)


d = feed(deque(maxlen=3), range(6))
print(d, d.maxlen, bounds(d))
print(feed(LoggedDeque(), "ab"))
print(feed([], (1, 2)), feed(deque(), (1, 2)), feed(d, [9]))

for n in [2 ** 70, 3.5, 1 + 2j, 2 ** 80 + 1, -0.25]:
    print(type(n).__name__, bounds(n), n.conjugate())

for x in [6.0, 2 ** 65, 7.5]:
    print(x.is_integer() if isinstance(x, float) else x.bit_length())

for r in [range(0, 20, 3), range(5)]:
    print(r.start, r.stop, r.step, r.index(3), r.count(4))

q = deque([1, 2, 3])
for _ in range(4):
    q.rotate(1)
    print(q.popleft(), q.maxlen, len(q))
    q.append(q[-1] * 2)

try:
    d.maxlen = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.nonexistent()
except AttributeError as e:
    print("AttributeError:", e)
try:
    (2 ** 70).numerator()
except TypeError as e:
    print("TypeError:", e)
