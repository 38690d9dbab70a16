# __del__ runs when the last reference goes, and for cycles when the collector frees them,
# once per object (PEP 442).
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("plain")
del a
print("after del")


def scope():
    n = Noisy("local")
    print("leaving scope")


scope()
print("after scope")

x = Noisy("rebound")
x = Noisy("second")
print("after rebinding")
x = None

c1 = Noisy("c1")
c2 = Noisy("c2")
c1.peer = c2
c2.peer = c1
del c1, c2
print("cycle unreferenced")
print("collected", gc.collect())
print("after collect")

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix rises")
        saved.append(self)


p = Phoenix()
del p
print("saved", len(saved))
saved.clear()
print("cleared: __del__ does not run twice")


print("still running")

lst = [Noisy("in list %d" % i) for i in range(3)]
del lst[1]
print("deleted middle")
lst.clear()
print("end")
