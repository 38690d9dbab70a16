# The errors operator's functions raise are the operators' own.
import operator

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(operator.add, 1, 'a')
show(operator.sub, 'a', 'b')
show(operator.truediv, 1, 0)
show(operator.lt, 1, 'a')
show(operator.neg, 'a')
show(operator.getitem, [1], 5)
show(operator.getitem, {}, 'k')
show(operator.delitem, [], 0)
show(operator.indexOf, [1, 2], 3)
show(operator.concat, 1, 2)
show(operator.iconcat, 1, [2])
show(operator.index, 'a')
show(operator.index, 2.5)
show(operator.itemgetter(3), 'ab')
show(operator.attrgetter('missing'), 1)
show(operator.attrgetter('real.nope'), 1)
show(operator.attrgetter, 1)
show(operator.methodcaller)
show(operator.methodcaller, 1)
show(operator.methodcaller('nope'), 1)
show(operator.countOf, 1, 1)
show(operator.length_hint, [], 'x')

class BadHint:
    def __length_hint__(self):
        return -1
class StrHint:
    def __length_hint__(self):
        return 'x'
show(operator.length_hint, BadHint())
show(operator.length_hint, StrHint())
