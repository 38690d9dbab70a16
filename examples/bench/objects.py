# Allocation-heavy object code: instances, lists and dicts made and dropped in a loop, with a
# cycle every so often for the collector to find. Argument: [DEPTH] of the trees built.
import sys

DEPTH = int(sys.argv[1]) if len(sys.argv) > 1 else 12

class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children


def build(depth):
    if depth == 0:
        return Node(0, [])
    return Node(depth, [build(depth - 1), build(depth - 1)])


def total(node):
    return node.value + sum(total(c) for c in node.children)


checksum = 0
for round_ in range(40):
    tree = build(DEPTH)
    tree.children.append(tree) if round_ % 10 == 0 else None
    checksum += total(Node(0, tree.children[:2]))
print(checksum)
