# A UnicodeEncodeError handled by raising another exception from it: both are printed.


def store(text):
    try:
        return text.encode('ascii')
    except UnicodeEncodeError as e:
        print("caught", e.start, e.end, e.reason)
        raise ValueError("cannot store " + repr(text)) from e


print(store('plain'))
print(store('na\xefve \u2603'))
