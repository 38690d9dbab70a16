from lib.star_all import *

print(public_a, _listed_private)
try:
    print(hidden_b)
except NameError as e:
    print("NameError:", e)

from lib.star_plain import *

print(plain_x, plain_f())
try:
    print(_plain_private)
except NameError as e:
    print("NameError:", e)

try:
    from lib.star_bad import *
except AttributeError as e:
    print("AttributeError:", e)
print(exists)
