# Changing a set's size while iterating over it is a RuntimeError at the next step.


def drain(s):
    for x in s:
        print(x)
        s.discard(x)


drain(set([10, 20, 30]))
