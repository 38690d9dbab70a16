name = "right"


def who():
    return name
