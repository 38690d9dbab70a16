# An uncaught UnicodeDecodeError ends the program with CPython's traceback.


def read_name(raw):
    return raw.decode('utf-8')


def greet(raw):
    name = read_name(raw)
    print("hello", name)


greet(b'world')
greet(b'caf\xe9')
print("not reached")
