from ..helper import helper_value
from . import sub_value

leaf_value = "leaf+" + sub_value + "+" + helper_value
