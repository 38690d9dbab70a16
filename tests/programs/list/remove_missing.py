# An uncaught ValueError from list.remove.
names = ["ann", "bob"]
names.remove("bob")
print(names)
names.remove("bob")
