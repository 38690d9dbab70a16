# The attributes 3.8's exceptions have beyond args, and the hierarchy's shape.
e = StopIteration(5)
print(e.value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, SystemExit("bye").code)


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("returned", repr(stop.value), stop.args)
try:
    next(g)
except StopIteration as stop:
    print("again", repr(stop.value), stop.args)

hierarchy = [
    (StopAsyncIteration, Exception),
    (EOFError, Exception),
    (IndentationError, SyntaxError),
    (TabError, IndentationError),
    (SystemError, Exception),
    (ReferenceError, Exception),
    (UnicodeTranslateError, UnicodeError),
    (UserWarning, Warning),
    (DeprecationWarning, Warning),
    (PendingDeprecationWarning, Warning),
    (RuntimeWarning, Warning),
    (SyntaxWarning, Warning),
    (FutureWarning, Warning),
    (ImportWarning, Warning),
    (UnicodeWarning, Warning),
    (BytesWarning, Warning),
    (ResourceWarning, Warning),
    (Warning, Exception),
    (BlockingIOError, OSError),
    (ChildProcessError, OSError),
    (ConnectionError, OSError),
    (BrokenPipeError, ConnectionError),
    (ConnectionAbortedError, ConnectionError),
    (ConnectionRefusedError, ConnectionError),
    (ConnectionResetError, ConnectionError),
    (FileExistsError, OSError),
    (FileNotFoundError, OSError),
    (InterruptedError, OSError),
    (IsADirectoryError, OSError),
    (NotADirectoryError, OSError),
    (PermissionError, OSError),
    (ProcessLookupError, OSError),
    (TimeoutError, OSError),
]
for child, parent in hierarchy:
    print(child.__name__, issubclass(child, parent), issubclass(child, Exception))

for errno in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 114, 115, 99]:
    e = OSError(errno, "message")
    print(errno, type(e).__name__, e)
print(OSError(2, "m", "file.txt").filename, OSError(2, "m", "f").args)
print(repr(OSError(2, "m", "f")))
try:
    raise UserWarning("careful")
except Warning as w:
    print(type(w).__name__, w)
