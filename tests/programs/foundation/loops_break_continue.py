for i in range(10):
    if i == 7:
        break
    if i % 2 == 0:
        continue
    print("odd", i)

n = 0
while True:
    n += 1
    if n > 20:
        break
    if n % 3 != 0:
        continue
    print("multiple of 3:", n)
print("n after loop:", n)

found = None
for x in [4, 9, 16, 25, 36]:
    if x % 5 == 0:
        found = x
        break
print("found", found)

total = 0
for c in "a1b2c3d4":
    if c in "abcd":
        continue
    total += int(c)
print("digit sum", total)

i = 10
while i > 0:
    i -= 1
    if i == 5:
        continue
    if i == 2:
        break
    print(i, end=" ")
print()

for i in range(3):
    print("outer", i)
    for j in range(5):
        if j == 2:
            break
        print("  inner", j)

count = 0
for i in range(100):
    if i % 7 != 0:
        continue
    count += 1
print("multiples of 7 below 100:", count)
