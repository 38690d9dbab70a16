import lib.not_there
import math.tau
from . import sibling


def load():
    from missing_package import thing

    return thing
