# partialmethod and singledispatchmethod: partial application and dispatch as methods.
import functools

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=''):
        self.alive = state
        return (state, note)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note='dead')
    nested = functools.partialmethod(set_dead, note='nested')

c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note='again'))
print(c.nested())
print(repr(Cell.__dict__['set_dead']).split(' at ')[0], Cell.__dict__['nested'].args,
      Cell.__dict__['nested'].keywords)
print(Cell.set_alive(c, note='unbound'), type(Cell.__dict__['set_alive']).__name__)
try:
    functools.partialmethod(5)
except TypeError as e:
    print('TypeError:', e)

class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix
    @functools.singledispatchmethod
    def show(self, value):
        "Show a value."
        return self.prefix + 'object ' + repr(value)
    @show.register(int)
    def _(self, value):
        return self.prefix + 'int %d' % value
    @show.register
    def _(self, value: list):
        return self.prefix + 'list ' + ', '.join(self.show(v) for v in value)

f = Formatter('> ')
print(f.show(3), f.show('x'), f.show([1, 'y']), f.show(True))
print(Formatter.show.__name__, Formatter.show.__doc__, f.show.__wrapped__ is Formatter.__dict__['show'].func)
