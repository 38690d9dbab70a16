import sys
from contextlib import ExitStack, contextmanager, suppress, AbstractContextManager


def attempt(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, e)


def chain(exc):
    """The exceptions of exc's context chain, innermost first."""
    parts = []
    while exc is not None:
        parts.append(repr(exc))
        exc = exc.__context__
    return ' <- '.join(parts)


class Managed:
    def __init__(self, name, suppress=False, fail=None):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, repr(exc))
        if self.fail is not None:
            raise self.fail
        return self.suppress


@contextmanager
def gen_cm(name):
    print('gen enter', name)
    try:
        yield name
    finally:
        print('gen exit', name)


def report(*args, **kwds):
    print('callback', args, sorted(kwds.items()))


with ExitStack() as stack:
    print(stack.enter_context(Managed('a')))
    print(stack.enter_context(gen_cm('b')))
    stack.callback(report, 1, 2, key='v')
    stack.push(Managed('pushed'))
    stack.push(lambda *exc: print('pushed function', exc[0]))
    print('body')
print('after')


# Callbacks as decorators, and the values push and callback return.
with ExitStack() as stack:
    @stack.callback
    def cleanup():
        print('decorated cleanup')

    @stack.push
    def exit_function(exc_type, exc, tb):
        print('decorated exit', exc_type)

    print(cleanup.__name__, exit_function.__name__)
    m = Managed('m')
    print(stack.push(m) is m)


# An exception in the body passes every exit; one of them suppresses it.
def suppressed_by_exit():
    with ExitStack() as stack:
        stack.enter_context(Managed('outer'))
        stack.enter_context(Managed('suppressor', suppress=True))
        stack.enter_context(Managed('inner'))
        raise KeyError('body')
    return 'suppressed'


print(suppressed_by_exit())


def not_suppressed():
    with ExitStack() as stack:
        stack.enter_context(Managed('x'))
        stack.callback(report, 'cb')
        raise ValueError('body')


attempt('not suppressed', not_suppressed)


# Several exits raise: each new exception's context is the one before, as nested with
# statements would chain them.
def several_raise():
    with ExitStack() as stack:
        stack.enter_context(Managed('first', fail=IndexError('first exit')))
        stack.enter_context(Managed('second', fail=TypeError('second exit')))
        stack.enter_context(Managed('third'))
        raise ValueError('body')


try:
    several_raise()
except Exception as e:
    print('caught', repr(e), '|', chain(e))


def raise_then_suppress():
    with ExitStack() as stack:
        stack.enter_context(Managed('suppressor', suppress=True))
        stack.enter_context(Managed('raiser', fail=KeyError('raised in exit')))
    return 'suppressed the exit exception'


print(raise_then_suppress())


def raise_without_body_exception():
    with ExitStack() as stack:
        stack.callback(report, 'last')
        stack.enter_context(Managed('raiser', fail=RuntimeError('exit failed')))
        stack.enter_context(Managed('quiet'))
    return 'unreachable'


try:
    raise_without_body_exception()
except RuntimeError as e:
    print('caught', repr(e), '|', chain(e))


def with_own_context():
    def fail_with_context():
        try:
            raise LookupError('inner')
        except LookupError:
            raise OSError('outer')
    with ExitStack() as stack:
        stack.callback(fail_with_context)
        raise ZeroDivisionError('body')


try:
    with_own_context()
except OSError as e:
    print('caught', repr(e), '|', chain(e))


# Inside an except block: the exception being handled does not join the chain twice.
try:
    raise NameError('handled')
except NameError:
    try:
        with ExitStack() as stack:
            stack.callback(lambda: 1 / 0)
            raise ValueError('body in handler')
    except ZeroDivisionError as e:
        print('caught', repr(e), '|', chain(e))


# pop_all and close.
with ExitStack() as stack:
    stack.enter_context(Managed('kept'))
    stack.callback(report, 'moved')
    moved = stack.pop_all()
    print(type(moved).__name__)
print('stack left, moved still open')
moved.close()
moved.close()
print('closed twice')

stack = ExitStack()
stack.callback(report, 'via close')
stack.enter_context(gen_cm('closed'))
stack.close()

stack = ExitStack()
stack.push(Managed('raiser', fail=ValueError('close fails')))
attempt('close raises', stack.close)


class Subclassed(ExitStack):
    pass


s = Subclassed()
s.callback(report, 'sub')
print(type(s.pop_all()).__name__)

# Errors. (pylift words a class's AttributeError differently, so only its type is shown.)
def attempt_type(label, f):
    try:
        f()
    except AttributeError as e:
        print(label, type(e).__name__)


attempt_type('not a context manager', lambda: ExitStack().enter_context(object()))


class NoEnter:
    def __exit__(self, *exc):
        print('never')


attempt_type('no __enter__', lambda: ExitStack().enter_context(NoEnter()))
attempt('callback without function', lambda: ExitStack().callback())
attempt('callback unbound', lambda: ExitStack.callback())
with ExitStack() as stack:
    stack.callback(report, 'kw', callback='not the function')
print(isinstance(ExitStack(), AbstractContextManager))
print(ExitStack().__exit__(None, None, None), ExitStack().__exit__(ValueError, ValueError(), None))
es = ExitStack()
es.push(lambda *exc: True)
print(es.__exit__(ValueError, ValueError(), None), es.__exit__(None, None, None))

# Callbacks run after the body's suppress.
with ExitStack() as stack:
    stack.callback(report, 'after suppress')
    stack.enter_context(suppress(KeyError))
    {}['k']
print('done')
