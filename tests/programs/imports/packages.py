# Packages, submodules and relative imports.
import lib.pkg.sub.leaf
from lib.pkg import describe, helper_value, leaf_value

print(describe())
print(helper_value, leaf_value)
print(lib.pkg.sub.leaf.leaf_value, lib.pkg.sub.sub_value)
print(lib.pkg.helper is lib.pkg.sub.parent_helper)
print(lib.pkg.sub.leaf.__name__, lib.pkg.sub.__name__)
