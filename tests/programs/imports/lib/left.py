name = "left"


def who():
    return name


def rename(new_name):
    global name
    name = new_name


# Shadows the builtin, for this module only.
def len(x):
    return "left's len"


def measure(x):
    return len(x)
