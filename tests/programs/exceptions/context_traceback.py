def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError:
        return missing_name


load("x")
