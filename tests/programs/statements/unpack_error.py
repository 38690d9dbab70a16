def split_pair(pair):
    left, right = pair
    return left


print(split_pair((1, 2)))
print(split_pair((1, 2, 3)))
