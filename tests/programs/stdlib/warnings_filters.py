# simplefilter and filterwarnings: every action, message and module patterns, lineno, order.
import sys
import warnings

shown = []


def show(message, category, filename, lineno, file=None, line=None):
    shown.append("%s: %s" % (category.__name__, message))


warnings.showwarning = show


def emit(message, category=UserWarning):
    warnings.warn(message, category)


def report(title):
    print(title, shown)
    del shown[:]


def emit_explicit(message, module, lineno, category=UserWarning, registry=None):
    warnings.warn_explicit(message, category, "file.py", lineno, module, registry)


warnings.simplefilter("error")
print(warnings.filters[0])
for category in [UserWarning, DeprecationWarning, ResourceWarning]:
    try:
        emit("raised " + category.__name__, category)
    except Warning as e:
        print("caught", type(e).__name__, e, e.args)
try:
    warnings.warn(RuntimeWarning("the instance itself", 1))
except RuntimeWarning as e:
    print("caught", repr(e))

warnings.resetwarnings()
print(warnings.filters)
for i in range(2):
    emit("default action")
report("no filters:")

warnings.simplefilter("ignore")
emit("ignored")
warnings.simplefilter("always", UserWarning)
for i in range(3):
    emit("always")
emit("only UserWarning is always", RuntimeWarning)
report("ignore then always:")
print(warnings.filters)

warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    emit("once")
    emit_explicit("once", "othermodule", 40)
    emit_explicit("once", "thirdmodule", 41, registry={})
report("once:")
print(sorted(str(k) for k in warnings.onceregistry))

warnings.resetwarnings()
warnings.simplefilter("module")
registry = {}
for lineno in [1, 2, 3, 2]:
    emit_explicit("module", "m", lineno, registry=registry)
emit_explicit("module", "m", 9, registry={})
report("module:")

warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", "spam")
warnings.filterwarnings("error", "EGGS.*fried", RuntimeWarning)
warnings.filterwarnings("ignore", r"ham\d+ [a-c]x?$")
warnings.filterwarnings("ignore", module="pkg.mod")
warnings.filterwarnings("ignore", module=r"exact\Z")
warnings.filterwarnings("ignore", "", UserWarning, "", 77)
for message in ["spam", "Spam and eggs", "not spam", "ham12 b", "ham12 bx", "ham12 d",
                "HAM3 C", "ham b"]:
    emit(message)
try:
    emit("eggs are fried", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", repr(e))
emit("eggs are fried")
for module in ["pkg.mod", "pkgXmod.sub", "PKG.mod", "exact", "exactly", "other"]:
    emit_explicit("from " + module, module, 1)
emit_explicit("line 77", "m", 77)
emit_explicit("line 78", "m", 78)
emit_explicit("no module given", None, 5)
report("patterns:")
for f in warnings.filters:
    print(f)

warnings.resetwarnings()
warnings.filterwarnings("ignore", "a")
warnings.filterwarnings("error", "b")
warnings.filterwarnings("ignore", "a")
warnings.filterwarnings("always", "c", append=True)
warnings.filterwarnings("always", "c", append=True)
warnings.simplefilter("default", append=True)
for f in warnings.filters:
    print(f)

for args, kwargs in [(("bogus",), {}), (("ignore", 3), {}), (("ignore", "", "x"), {}),
                     (("ignore", "", int), {}), (("ignore",), {"module": 2}),
                     (("ignore",), {"lineno": -1}), (("ignore",), {"lineno": 1.5})]:
    try:
        warnings.filterwarnings(*args, **kwargs)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)

warnings.resetwarnings()
warnings.filterwarnings("ignore", "abc")
try:
    emit(42)
except TypeError as e:
    print("TypeError:", e)
warnings.resetwarnings()
emit(42)
report("non-str message:")

warnings.filters.insert(0, ("sometimes", None, Warning, None, 0))
try:
    emit("unknown action")
except RuntimeError as e:
    print("RuntimeError:", e)
warnings.resetwarnings()
warnings.defaultaction = "ignore"
emit("default action ignore")
warnings.defaultaction = "error"
try:
    emit("default action error")
except UserWarning as e:
    print("caught", repr(e))
report("defaultaction:")
warnings.defaultaction = "default"

# What -W options become (a compiled program has none: sys.warnoptions is empty).
print(sys.warnoptions)
warnings.resetwarnings()
warnings._processoptions(["error::RuntimeWarning", "ignore:a message (1.5*):UserWarning:m:5",
                          "bogus", "a:b:c:d:e:f", "i::NoSuchWarning", "d:::m:x", "d:::m:-1",
                          "all", "mod::Warning:pkg.sub-mod", " once : text : SyntaxWarning ",
                          ""])
for f in warnings.filters:
    print(f)
warnings.resetwarnings()
warnings._processoptions(["ignore:A MESSAGE (1.5*)::pkg.sub-mod"])
emit_explicit("a message (1.5*) and more", "pkg.sub-mod", 1)
emit_explicit("a message (1.5*) and more", "pkg.sub-mod.x", 1)
emit_explicit("a message (1.5) and more", "pkg.sub-mod", 1)
report("options:")

# Filters and defaultaction of the wrong types.
saved_filters = warnings.filters
for filters in [(), [3], [(1, None, Warning, None, 0)], [("x", None)]]:
    warnings.filters = filters
    try:
        emit("m")
    except Exception as e:
        print(repr(e))
warnings.filters = []
warnings.defaultaction = 5
try:
    emit("n")
except Exception as e:
    print(repr(e))
warnings.defaultaction = "default"
warnings.filters = saved_filters
