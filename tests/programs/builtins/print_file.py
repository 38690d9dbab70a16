import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print("a", 1, [2], sep="-", end="!\n", file=r, flush=True)
print(file=r)
print(r.calls)
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout)
print("none file", file=None)


class Bad:
    def __str__(self):
        raise ValueError("no str")


try:
    print("partial", Bad())
except ValueError as e:
    print()
    print("error:", e)
try:
    print(1, sep=5)
except TypeError as e:
    print(e)
try:
    print(1, bogus=2)
except TypeError as e:
    print(e)
