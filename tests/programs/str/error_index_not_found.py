# str.index raises ValueError when the substring is absent.
text = "hello world"
print(text.index("o"), text.index("o", 5))
print(text.index("z"))
