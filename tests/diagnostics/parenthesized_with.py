print("opening files")
with (open("a") as f, open("b") as g):
    pass
print("done")
