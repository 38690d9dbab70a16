alpha = 1
beta = 2


def use_names():
    print("alpha + beta =", alpha + beta)
    return alpha + gamma


print("calling")
print(use_names())
print("never printed")
