def f(n):
    if n > 0:
        print("positive")
      print("misaligned")
    return n


f(1)
