# sys.stdout, sys.stderr and sys.stdin as text streams.
import sys

print("first line from print")
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.write(""), sys.stdout.write("é€😀\n"))
sys.stdout.write("no newline, then print: ")
print("done")
sys.stdout.writelines(["a", "b", "c\n"])
print(sys.stdout.flush(), sys.stderr.flush())
print(sys.stderr.write("to stderr\n"))
sys.stderr.writelines(["err ", "lines\n"])
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdout.closed)
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.readable(), sys.stdout.writable())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(sys.stdout), type(sys.stdout) is type(sys.stdin))

# stdin is empty here.
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), repr(sys.stdin.read(5)))
for line in sys.stdin:
    print("never", line)

try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    sys.stdout.write()
except TypeError as e:
    print(e)
try:
    sys.stdout.writelines(["ok\n", 3])
except TypeError as e:
    print(e)
try:
    sys.stdout.write("a", "b")
except TypeError as e:
    print(e)
try:
    sys.stdout.readline()
except OSError as e:
    print("OSError", e)
try:
    sys.stdin.write("x")
except OSError as e:
    print("OSError", e)
try:
    sys.stdout.flush(1)
except TypeError as e:
    print(e)
write = sys.stdout.write
print(write("bound method\n"))
