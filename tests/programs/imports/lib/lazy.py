print("lazy: body runs")
VALUE = 42
