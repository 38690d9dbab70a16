# try/except/else/finally and every way out of them.

def divide(a, b):
    try:
        result = a // b
    except ZeroDivisionError as e:
        print("except:", e)
        return None
    else:
        print("else:", result)
        return result
    finally:
        print("finally:", a, b)


print(divide(7, 2))
print(divide(7, 0))


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


print(finally_overrides())


def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            print("last", i)
            break
    return "done"


print(finally_swallows())


def nested(n):
    try:
        try:
            if n == 0:
                raise KeyError("zero")
            if n == 1:
                raise IndexError("one")
            return "fine"
        except KeyError as e:
            return "inner " + repr(e)
        finally:
            print("inner finally", n)
    except IndexError as e:
        return "outer " + str(e)
    finally:
        print("outer finally", n)


for n in range(3):
    print(nested(n))

count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("loop finally", count)
print("count", count)


def bare_except():
    try:
        [][0]
    except:
        return "caught anything"


print(bare_except())


def not_matching():
    try:
        try:
            {}["missing"]
        except IndexError:
            return "wrong"
    except LookupError as e:
        return "lookup: " + repr(e)


print(not_matching())


def exception_values():
    e = ValueError("a", 1)
    print(e.args, str(e), repr(e))
    print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
    print(repr(ZeroDivisionError()), str(ZeroDivisionError()))


exception_values()


def reraise_outside():
    raise


try:
    try:
        raise TypeError("first")
    except TypeError:
        reraise_outside()
except TypeError as e:
    print("reraised from a function:", e)

try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))


def unbound_after_except():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err


try:
    unbound_after_except()
except UnboundLocalError as e:
    print(e)

try:
    raise 5
except TypeError as e:
    print(e)

try:
    try:
        pass
    except 42:
        pass
    print("no exception, clause never evaluated")
    try:
        1 / 0
    except 42:
        pass
except TypeError as e:
    print(e)
