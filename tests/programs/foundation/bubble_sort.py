def bubble_sort(lst):
    n = len(lst)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(0, n - i - 1):
            if lst[j] > lst[j + 1]:
                tmp = lst[j]
                lst[j] = lst[j + 1]
                lst[j + 1] = tmp
                swaps += 1
                swapped = True
        if not swapped:
            break
    return swaps


def is_sorted(lst):
    for i in range(len(lst) - 1):
        if lst[i] > lst[i + 1]:
            return False
    return True


data = [5, 2, 9, 1, 5, 6, -3, 0]
print("before", data, is_sorted(data))
print("swaps", bubble_sort(data))
print("after", data, is_sorted(data))
words = ["pear", "apple", "fig", "banana", "Cherry", "apple"]
print(bubble_sort(words), words)
floats = [3.5, -1.25, 2.0, 1e-3, -0.0, 100.0]
bubble_sort(floats)
print(floats)
already = [1, 2, 3, 4]
print(bubble_sort(already), already)
rev = []
for i in range(10, 0, -1):
    rev = rev + [i * i]
print(rev)
print(bubble_sort(rev), rev)
empty = []
print(bubble_sort(empty), empty)
big = [2 ** 70, -2 ** 65, 2 ** 64, 0, 2 ** 63 - 1]
bubble_sort(big)
print(big)
tuples = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
bubble_sort(tuples)
print(tuples)
seed = 12345
rnd = [0] * 20
for i in range(20):
    seed = (seed * 1103515245 + 12345) % 2147483648
    rnd[i] = seed % 100
print(rnd)
print(bubble_sort(rnd))
print(rnd)
