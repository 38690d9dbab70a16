# A presentation type the value's type does not know.
print("{:.2f}".format(3.14159))
print("{:d}".format(3.14159))
