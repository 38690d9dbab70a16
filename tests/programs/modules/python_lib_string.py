# A module of the runtime written in Python (runtime/lib/string.py).
import string
from string import capwords, punctuation

print(repr(string.whitespace), repr(string.printable))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(punctuation, len(punctuation))
print(capwords("  hello   big world "), capwords("a-b-c", "-"), capwords("x.y", sep="."))
print(string.__name__)
