# warn() with each category, stacklevel and the default de-duplication. pylift knows no line
# of a warn() call, so what is printed leaves the line out (warn_explicit names its own).
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print("shown: %s: %s (%s, %s)" % (category.__name__, message, type(message).__name__,
                                       filename), file=sys.stderr)


def registry_keys(globals_dict):
    registry = globals_dict.get("__warningregistry__", {})
    return sorted((k[0], k[1].__name__) for k in registry if k != "version")


print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
warnings.showwarning = show

categories = [UserWarning, DeprecationWarning, RuntimeWarning, SyntaxWarning, FutureWarning,
              PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning,
              ResourceWarning, Warning]
for category in categories:
    warnings.warn("a %s" % category.__name__, category)
print(registry_keys(globals()))


def from_function():
    warnings.warn("inside a function", DeprecationWarning)
    warnings.warn("plain message")


from_function()

# The same warning from the same place is shown once under "default".
for i in range(3):
    warnings.warn("repeated")
for i in range(3):
    warnings.warn("repeated but always", category=UserWarning)
    warnings.simplefilter("always")
print(registry_keys(globals()))

warnings.resetwarnings()
# A Warning instance names its own category.
warnings.warn(RuntimeWarning("an instance", 2))
warnings.warn(FutureWarning("instance overrides"), UserWarning)


def helper(level):
    warnings.warn("level %d" % level, stacklevel=level)


def outer(level):
    helper(level)


outer(1)
outer(2)
outer(3)
outer(4)
# Levels below 1 are the caller's.
outer(0)
outer(-3)
try:
    warnings.warn("float level", stacklevel=1.5)
except TypeError as e:
    print("TypeError:", e)
# Beyond the outermost frame the warning comes from "sys".
warnings.warn("far away", stacklevel=50)
print(registry_keys(vars(sys)))

for bad in [3, "UserWarning", ValueError, None.__class__]:
    try:
        warnings.warn("bad", bad)
    except TypeError as e:
        print("TypeError:", e)

# The printing of the original showwarning and formatwarning, with explicit places.
warnings.showwarning = warnings._showwarning_orig
warnings.warn_explicit("explicit", UserWarning, "nowhere.py", 12)
warnings.warn_explicit("with module", SyntaxWarning, "nowhere.py", 13, module="mod",
                       registry={})
warnings.warn_explicit(UnicodeWarning("instance"), None, "nowhere.py", 14)
warnings.warn_explicit("resource", ResourceWarning, "nowhere.py", 15, source=object())
warnings.showwarning("shown directly", UserWarning, "file.py", 3, line="  the line  ")
warnings.showwarning("to stdout", UserWarning, "file.py", 4, file=sys.stdout, line="")
print(repr(warnings.formatwarning("formatted", DeprecationWarning, "f.py", 7, "source()")))
print(repr(warnings.formatwarning(ValueError("any object"), BytesWarning, "g", 0, "")))
registry = {}
for i in range(2):
    warnings.warn_explicit("dedup", UserWarning, "nowhere.py", 20, registry=registry)
    warnings.warn_explicit("dedup", UserWarning, "nowhere.py", 21, registry=registry)
print(sorted(str(k) for k in registry))


def format_without_line(message, category, filename, lineno, line=None):
    return "formatted: %s %s\n" % (category.__name__, message)


warnings.formatwarning = format_without_line
warnings.warn("through formatwarning")
warnings.formatwarning = warnings._formatwarning_orig
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 1)))
print(str(warnings.WarningMessage(UserWarning("w"), UserWarning, "f.py", 2, line="x")))
print(warnings.__all__)
