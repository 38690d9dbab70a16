# Each module has its own globals: the same name in several modules, read through each
# module's global caches.
import lib.left
import lib.right

name = "main"


def who():
    return name


for _ in range(3):
    print(who(), lib.left.who(), lib.right.who())
lib.left.rename("left, renamed")
for _ in range(2):
    print(who(), lib.left.who(), lib.right.who(), name)
name = "main, renamed"
print(who(), lib.left.who(), lib.right.who())
print(lib.left.measure([1, 2]), len([1, 2]))
