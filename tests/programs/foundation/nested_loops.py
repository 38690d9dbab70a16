for i in range(1, 6):
    line = ""
    for j in range(1, 6):
        line = line + str(i * j) + "\t"
    print(line)

for i in range(5):
    print("*" * (i + 1))

for i in range(4, -1, -1):
    print(" " * (4 - i) + "#" * (2 * i + 1))

pairs = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                pairs += 1
print("triples:", pairs)

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in grid:
    for v in row:
        print(v, end=" ")
    print()
s = 0
for i in range(3):
    for j in range(3):
        if i == j:
            s += grid[i][j]
print("trace", s)
for i in range(3):
    for j in range(3):
        if j > i:
            continue
        print(i, j, sep=",", end=";")
print()
