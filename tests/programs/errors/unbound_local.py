count = 10


def bump():
    print("bumping")
    count = count + 1
    return count


print("count is", count)
bump()
print("never printed")
