plain_x = "x"
_plain_private = "private"


def plain_f():
    return "f"
