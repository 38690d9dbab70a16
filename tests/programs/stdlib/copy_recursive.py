# Deep copies of recursive structures keep their cycles.
import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b is not a, b[:2])
print(copy.copy(a)[2] is a)

d = {}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e is not d)

# A tuple that contains itself through a list.
lst = []
t = (lst, 1)
lst.append(t)
t2 = copy.deepcopy(t)
print(t2 is not t, t2[0][0] is t2, t2[1])


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
child = root.add(Node("child"))
child.add(Node("leaf"))
copied = copy.deepcopy(root)
print(copied.children[0].parent is copied, copied.children[0].children[0].name)
print(copied.children[0] is not child)

shallow = copy.copy(root)
print(shallow.children is root.children, shallow.name)

s = {1, 2}
holder = [s, {"s": s}]
h = copy.deepcopy(holder)
print(h[1]["s"] is h[0], h[0] == s, h[0] is not s)
