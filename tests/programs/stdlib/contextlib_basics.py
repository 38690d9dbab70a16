import sys
from contextlib import (contextmanager, closing, suppress, nullcontext, redirect_stdout,
                        redirect_stderr, AbstractContextManager, ContextDecorator)
import contextlib


def attempt(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, e)
        if e.__cause__ is not None or e.__context__ is not None:
            print('   cause %r context %r suppress %s'
                  % (e.__cause__, e.__context__, e.__suppress_context__))


@contextmanager
def tag(name):
    """Wraps the block in <name> and </name>."""
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('a') as value:
    print('inside', value)
print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)
cm = tag('b')
print(type(cm).__name__, cm.__doc__, isinstance(cm, AbstractContextManager))


def body_raises():
    with tag('c'):
        raise ValueError('boom')


attempt('passes through', body_raises)


@contextmanager
def handler(kind):
    try:
        yield
    except ValueError as e:
        print('handled', repr(e))
        if kind == 'convert':
            raise KeyError('converted') from e
        if kind == 'same':
            raise
        if kind == 'other':
            raise TypeError('other')
        if kind == 'yield again':
            yield


def use(kind, exc):
    with handler(kind):
        print('body', kind)
        if exc is not None:
            raise exc
    return 'completed'


attempt('suppressed', lambda: use('suppress', ValueError('v1')))
attempt('not handled', lambda: use('suppress', IndexError('i1')))
attempt('converted', lambda: use('convert', ValueError('v2')))
attempt('reraised', lambda: use('same', ValueError('v3')))
attempt('other', lambda: use('other', ValueError('v4')))
attempt('yield again', lambda: use('yield again', ValueError('v5')))
attempt('no exception', lambda: use('none', None))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


def enter(cm):
    with cm as v:
        print('entered', v)


attempt("didn't yield", lambda: enter(no_yield()))
attempt("didn't stop", lambda: enter(two_yields()))


@contextmanager
def passthrough():
    yield 'p'


def raise_stop(exc):
    with passthrough():
        raise exc
    return 'swallowed'


attempt('StopIteration', lambda: raise_stop(StopIteration('s')))
attempt('StopIteration class', lambda: raise_stop(StopIteration))


@contextmanager
def stop_catcher():
    try:
        yield
    except StopIteration:
        print('caught StopIteration')


def raise_stop_caught():
    with stop_catcher():
        raise StopIteration(3)
    return 'after'


attempt('StopIteration caught', raise_stop_caught)


@contextmanager
def gen_raises_stop():
    try:
        yield
    except ValueError:
        raise StopIteration('from gen')


def raise_in_gen_stop():
    with gen_raises_stop():
        raise ValueError('x')


attempt('StopIteration from generator', raise_in_gen_stop)
attempt('GeneratorExit', lambda: raise_stop(GeneratorExit('g')))
attempt('KeyboardInterrupt', lambda: raise_stop(KeyboardInterrupt()))

# Direct calls of __exit__, with only a type.
cm = handler('suppress')
cm.__enter__()
print('exit with type', cm.__exit__(ValueError, None, None))
cm = passthrough()
cm.__enter__()
print('exit with type', cm.__exit__(IndexError, None, None))
cm = passthrough()
cm.__enter__()
print('exit no exception', cm.__exit__(None, None, None))


# As decorators: each call gets a fresh generator.
@tag('deco')
def decorated(x):
    print('decorated called', x)
    return x * 2


print(decorated(21), decorated(1), decorated.__name__)


class Announce(ContextDecorator):
    def __enter__(self):
        print('announce enter')
        return self

    def __exit__(self, *exc):
        print('announce exit', exc[0])
        return False


@Announce()
def announced(n):
    if n < 0:
        raise ValueError(n)
    return n


print(announced(3))
attempt('decorated raises', lambda: announced(-1))
with Announce() as a:
    print(type(a).__name__)


# closing, suppress, nullcontext.
class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Resource('r1')) as r:
    print('using', r.name)
attempt('closing on error', lambda: [None for _ in closing(Resource('r2'))])

with suppress(KeyError, IndexError):
    {}['missing']
print('after suppress')
with suppress():
    pass
attempt('suppress other', lambda: [suppress(KeyError).__enter__(), int('x')])


def suppress_subclass():
    with suppress(LookupError):
        [][1]
    return 'suppressed subclass'


print(suppress_subclass())
s = suppress(ZeroDivisionError)
print(s.__exit__(None, None, None), s.__exit__(ZeroDivisionError, None, None),
      s.__exit__(ValueError, None, None))

with nullcontext() as n:
    print('nullcontext', n)
with nullcontext(42) as n:
    print('nullcontext', n)
attempt('nullcontext raises', lambda: [None for _ in [nullcontext().__exit__(None, None, None)]])


# redirect_stdout and redirect_stderr.
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


out = Capture()
with redirect_stdout(out) as target:
    print('captured line')
    print(target is out)
print('restored', out.parts)
err = Capture()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print('stderr restored', sys.stderr is sys.__stderr__, err.parts)
outer, inner = Capture(), Capture()
redirect = redirect_stdout(outer)
with redirect:
    print('outer 1')
    with redirect_stdout(inner):
        print('inner')
    with redirect:
        print('reentered')
    print('outer 2')
print(outer.parts, inner.parts, sys.stdout is sys.__stdout__)


# AbstractContextManager's structural check.
class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


class HalfDuck:
    def __enter__(self):
        return self


class Disabled(Duck):
    __exit__ = None


class Sub(AbstractContextManager):
    def __exit__(self, *exc):
        print('Sub exit')


print(issubclass(Duck, AbstractContextManager), issubclass(HalfDuck, AbstractContextManager),
      issubclass(Disabled, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
print(issubclass(closing, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
with Sub() as sub:
    print(type(sub).__name__)
attempt('abstract', lambda: AbstractContextManager())


class Incomplete(AbstractContextManager):
    pass


attempt('incomplete', lambda: Incomplete())
print(sorted(contextlib.__all__))
