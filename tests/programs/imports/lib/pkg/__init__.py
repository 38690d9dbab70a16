from . import helper
from .helper import helper_value
from .sub.leaf import leaf_value


def describe():
    return __name__ + " uses " + helper.__name__
