# A named field with no matching keyword argument is a KeyError.
print("{greeting}, {name}".format(greeting="hello", name="world"))
print("{greeting}, {name}".format(greeting="hello"))
