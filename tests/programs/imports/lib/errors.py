class AppError(Exception):
    pass


def check(value):
    if value < 0:
        raise AppError("negative: %d" % value)
    return value
