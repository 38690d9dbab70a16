# join names the first item that is not a str.
print("-".join(["a", "b"]))
print(", ".join(["a", "b", 3, None]))
