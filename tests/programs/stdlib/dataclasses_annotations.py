# __annotations__ of classes and modules, which dataclasses reads.
count: int = 3
label: 'a string'
(parenthesized): int = 4
print(__annotations__, count, parenthesized)

class Plain:
    a: int
    b: str = 'b'
    __private: float
    if True:
        c: list
    for _ in range(1):
        d: 'forward'
    x = 1
    def method(self):
        local: int = 5
        return local
print(Plain.__annotations__, Plain.b, Plain().method())
print(hasattr(Plain, 'a'), 'a' in Plain.__dict__)

class NoAnnotations:
    x = 1
print('__annotations__' in NoAnnotations.__dict__)

class Inherits(Plain):
    e: bytes
print(Inherits.__annotations__)

def annotate():
    print('annotation evaluated')
    return int
class Order:
    value: annotate() = print('value evaluated') or 1
print(Order.__annotations__, Order.value)

class Attr:
    pass
obj = Attr()
obj.field: int = 7
print(obj.field, '__annotations__' in Attr.__dict__)
