from .. import helper as parent_helper

sub_value = "sub+" + parent_helper.helper_value
