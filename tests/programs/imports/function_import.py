# An import in a function runs the module's body at the first call, and binds a local.
def load():
    import lib.lazy
    from lib.lazy import VALUE

    return lib.lazy, VALUE


print("before the first call")
module, value = load()
print(value, module.__name__)
again, _ = load()
print(again is module)
try:
    lib
except NameError as e:
    print("NameError:", e)
