print("fails: body runs")
ratio = 1 / 0
