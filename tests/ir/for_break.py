def first_negative(items):
    for x in items:
        if x < 0:
            break
    else:
        return None
    return x


print(first_negative([3, -1, 2]))
