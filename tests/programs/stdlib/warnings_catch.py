# catch_warnings: recording WarningMessage objects, and restoring the filters and showwarning.
import sys
import warnings


def describe(w):
    return (type(w.message).__name__, str(w.message), w.category.__name__,
            w.filename, w.line, w.file, w.source)


original_filters = warnings.filters
original_showwarning = warnings.showwarning

with warnings.catch_warnings(record=True) as log:
    print(warnings.filters == original_filters, warnings.filters is original_filters)
    print(warnings.showwarning is warnings._showwarning_orig)
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
    warnings.warn("fourth", ResourceWarning, source="the source")
    warnings.warn_explicit("explicit", UserWarning, "elsewhere.py", 33)
    warnings.showwarning("direct", UserWarning, "f.py", 1, line="x = 1")
print(len(log))
for w in log:
    print(describe(w))
print(log[4].lineno, type(log[0].lineno).__name__)
print(str(log[4]))
print(warnings.filters is original_filters, warnings.filters[0])

with warnings.catch_warnings(record=True) as log:
    warnings.warn("default filters: shown")
    warnings.warn("default filters: ignored", DeprecationWarning, stacklevel=2)
    warnings.warn("default filters: __main__", DeprecationWarning)
    warnings.warn("default filters: ignored", PendingDeprecationWarning)
    warnings.warn("default filters: ignored", ImportWarning)
    warnings.warn("default filters: ignored", ResourceWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings() as nothing:
    print(nothing)
    warnings.simplefilter("error")
    try:
        warnings.warn("an error inside")
    except UserWarning as e:
        print("caught", repr(e))
print(warnings.filters[0])


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    print("my_showwarning:", category.__name__, message)


warnings.showwarning = my_showwarning
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded, not shown")
    print(warnings.showwarning is my_showwarning)
print(len(log), warnings.showwarning is my_showwarning)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("shown by my_showwarning")
    warnings.showwarning = None
print(warnings.showwarning is my_showwarning)
warnings.warn("shown by my_showwarning too")
warnings.showwarning = original_showwarning

# Nested contexts restore in turn; an exception leaving the context still restores.
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("inner")
    warnings.warn("outer")
print([str(w.message) for w in outer], [str(w.message) for w in inner])
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raise KeyError("leaving")
except KeyError as e:
    print("KeyError", e, warnings.filters[0])

cm = warnings.catch_warnings(record=True)
print(repr(cm), repr(warnings.catch_warnings()))
cm.__enter__()
try:
    cm.__enter__()
except RuntimeError as e:
    print("RuntimeError:", e)
cm.__exit__(None, None, None)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.catch_warnings(True)
except TypeError as e:
    print("TypeError:", e)

# The filters of a context apply afresh: a warning shown once before is shown again inside.
warnings.showwarning = my_showwarning
for i in range(2):
    warnings.warn("seen before", SyntaxWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.warn("seen before", SyntaxWarning)
print(len(log))
warnings.warn("seen before", SyntaxWarning)

warnings.showwarning = 42
try:
    warnings.warn("bad showwarning")
except TypeError as e:
    print("TypeError:", e)
warnings.showwarning = original_showwarning
