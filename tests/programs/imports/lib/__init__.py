# The package the programs in tests/programs/imports import: its modules are their helpers.
print("lib: package body runs, __name__ =", __name__)

VERSION = "1.0"
