helper_value = "helper"
