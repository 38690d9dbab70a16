a = 7.5
print(a % 2.0)
print(-a % 2.0)
print(a % -2.0)
b = 1.5
print("about to compute", b, "% 0.0")
print(b % 0.0)
print("never printed")
