import sys
from collections import namedtuple

import lib.factories as factories

for cls in (factories.Point, factories.Plain, factories.Labelled, factories.make_class('Made'),
            factories.make_record('Record', 'a b'), next(factories.record_in_generator()),
            namedtuple('Local', 'q'), type('LocalType', (), {}),
            type('Given', (), {'__module__': 'given.module'})):
    print(cls.__name__, cls.__module__, repr(cls))
print(factories.Point(1, 2), factories.make_record('Record', 'a b')(3, 4))
print(repr(factories.Plain()).split(' object at ')[0])

# The frames of compiled code: the caller's globals and code.
print(factories.frame_module(0), factories.frame_module(1), sys._getframe().f_globals is globals())
print(factories.frame_code_name(), sys._getframe(0).f_code.co_name,
      sys._getframe(-5).f_code.co_name)


def nested():
    return factories.frame_module(2)


print(nested())
try:
    sys._getframe(50)
except ValueError as e:
    print('ValueError:', e)
print(sorted(key for key in dir(sys._getframe()) if key in ('f_code', 'f_globals')))
