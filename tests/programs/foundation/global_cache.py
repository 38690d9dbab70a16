x = 1
def f():
    return x + len([1])
print(f())
x = 10
print(f())
def g():
    return missing_name
try:
    g()
except NameError as e:
    print(e)
missing_name = 5
print(g())
del missing_name
try:
    g()
except NameError as e:
    print(e)
