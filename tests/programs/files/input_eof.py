# input() prints its prompt and reads a line; at the end of input it raises EOFError.
print("before")
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", e)
print(ascii("café ☃"), ascii([1, "ü"]))
input()
