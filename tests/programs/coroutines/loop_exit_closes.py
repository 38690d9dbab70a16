def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("fin", tag)

def ret():
    for v in g("ret"):
        print("body", v)
        return v

def nested():
    for a in g("outer"):
        for b in g("inner"):
            print(a, b)
            break
        else:
            print("no")
        print("between")
        break
    else:
        print("else")
    print("end")

def exhaust():
    for v in g("exh"):
        print(v)
    else:
        print("else")

def gen_with_loop():
    for v in g("in gen"):
        yield v
        return

print(ret())
nested()
exhaust()
print(list(gen_with_loop()))


async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("afin", tag)


async def async_loops():
    async for v in agen("break"):
        print("abody", v)
        break
    print("after break")
    async for v in agen("return"):
        print("abody", v)
        return v


c = async_loops()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
