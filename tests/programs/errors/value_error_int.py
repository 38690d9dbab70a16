print(int("123"))
print(int("-45"))
words = ["7", " 8 ", "abc", "9"]
for w in words:
    print("parsing", repr(w))
    print(int(w))
