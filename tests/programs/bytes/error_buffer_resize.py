# Resizing a bytearray while a memoryview exports its buffer is a BufferError.

data = bytearray(b'abc')
view = memoryview(data)
view[0] = ord('A')
data[1:2] = b'B'
print(data, view.tobytes())
data += b'd'
print("not reached")
