import lib.broken_syntax

print(lib.broken_syntax.area(2))
