counter = 0
name = "start"
history = []


def increment():
    global counter
    counter += 1
    return counter


def reset(value):
    global counter, name
    counter = value
    name = "reset to " + str(value)


def read_only():
    return counter * 10


def shadow():
    counter = 999
    return counter


def append_history(x):
    history[0] = history[0] + [x]


print(counter)
increment()
increment()
print(increment())
print(counter)
print(read_only())
print(shadow())
print(counter)
reset(42)
print(counter, name)
print(increment(), read_only())
history = [[]]
append_history(1)
append_history(2)
print(history)


def make_total(n):
    global total
    total = 0
    for i in range(n):
        total += i


make_total(10)
print(total)
make_total(101)
print(total)
x = 5
for x in range(3):
    pass
print("x after loop", x)
