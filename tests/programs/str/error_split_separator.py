# split refuses an empty separator.
print("a,b".split(","))
print("a,b".split(""))
