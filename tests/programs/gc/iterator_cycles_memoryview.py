# A memoryview of a bytearray is a container of the collector, and so is its iterator; the
# views and the arrays they hold are freed with the instances that hold them in a cycle.
import gc


class Marker:
    def __del__(self):
        print("freed", type(self).__name__)


class Buffer(Marker):
    def __init__(self):
        self.data = bytearray(b"abc")
        self.view = memoryview(self.data)
        self.items = iter(self.view)
        self.me = self


gc.collect()
b = Buffer()
print(gc.is_tracked(b.view), gc.is_tracked(b.items), gc.is_tracked(b.data))
print(next(b.items), b.view[1:].tobytes())
del b
gc.collect()
print("buffer done")

# A view keeps its array exported: it cannot be resized until the cycle is gone.
holder = [bytearray(b"xyz")]
holder.append(memoryview(holder[0]))
holder.append(holder)
try:
    holder[0].append(1)
except BufferError as e:
    print("BufferError:", e)
array = holder[0]
del holder
gc.collect()
array.append(ord("!"))
print(array)
print("left", gc.collect())
