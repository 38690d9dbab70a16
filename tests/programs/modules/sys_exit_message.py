import sys

print("before exit")


def finish(reason):
    sys.exit(reason)


finish("fatal: could not continue")
print("not reached")
