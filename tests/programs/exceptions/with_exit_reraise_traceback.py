# When __exit__ returns False, the with statement re-raises the exception with the traceback it
# had on leaving the body, not the frames a raise or a generator throw inside __exit__ added.
def g():
    yield


class Throwing:
    def __init__(self):
        self.gen = g()

    def __enter__(self):
        next(self.gen)

    def __exit__(self, t, v, tb):
        try:
            self.gen.throw(v)
        except BaseException as e:
            if e is v:
                return False
            raise


class Raising:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        try:
            raise v
        except BaseException:
            pass
        return False


def lines(tb):
    found = []
    while tb is not None:
        found.append(tb.tb_lineno)
        tb = tb.tb_next
    return found


def raising():
    with Raising():
        raise KeyError('y')


try:
    raising()
except KeyError as e:
    print(repr(e), lines(e.__traceback__))


def throwing():
    with Throwing():
        raise ValueError('x')


throwing()
