# Automatic and manual field numbering cannot be mixed.
print("{} {}".format(1, 2), "{1} {0}".format(1, 2))
print("{} {1}".format(1, 2))
