# An uncaught ValueError from max() of an empty sequence.


def best(scores):
    return max(scores)


print(best([3, 9, 4]))
print(best([]))
