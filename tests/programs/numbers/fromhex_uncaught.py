# float.fromhex of a malformed string, uncaught at module level.
print(float.fromhex("0x1.8p1"))
print(float.fromhex("0x1.8q1"))
