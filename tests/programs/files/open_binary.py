# open() in binary mode: bytes in and out.
NAME = "pylift_open_binary.tmp"

with open(NAME, "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(b"\x00\x01binary\n"), f.write(bytearray(b"line two\n")))
    f.write("caf\u00e9".encode("utf-8"))

with open(NAME, "rb") as f:
    print(type(f).__name__)
    print(f.read(2), f.readline(), f.readline(), f.read())

with open(NAME, "rb") as f:
    print(list(f))

with open(NAME, "rb") as f:
    data = f.read()
print(len(data), data.decode("utf-8", "replace"))

with open(NAME) as f:
    print(repr(f.read()))

with open(NAME, "r+b") as f:
    print(type(f).__name__, f.read(3))

try:
    with open(NAME, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError", e)

with open(NAME, "w") as f:
    f.write("")
