# An uncaught exception whose class an imported module defines is printed with that module.
from lib.errors import AppError
import lib.errors

print(AppError, AppError.__module__)
try:
    lib.errors.check(-1)
except AppError as e:
    print("caught:", e, type(e))
print(lib.errors.check(2))
raise AppError("bad config")
