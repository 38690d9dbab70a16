import asyncio
from contextlib import (asynccontextmanager, AsyncExitStack, AbstractAsyncContextManager,
                        contextmanager)


def chain(exc):
    parts = []
    while exc is not None:
        parts.append(repr(exc))
        exc = exc.__context__
    return ' <- '.join(parts)


@asynccontextmanager
async def resource(name, handle=False):
    """An asynchronous resource."""
    print('open', name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except ValueError as e:
        print('resource saw', repr(e))
        if not handle:
            raise
    finally:
        await asyncio.sleep(0)
        print('close', name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def plain():
    yield 'plain'


class AsyncManaged:
    def __init__(self, name, suppress=False, fail=None):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    async def __aenter__(self):
        print('aenter', self.name)
        return self.name

    async def __aexit__(self, exc_type, exc, tb):
        print('aexit', self.name, exc_type.__name__ if exc_type else None)
        if self.fail is not None:
            raise self.fail
        return self.suppress


@contextmanager
def sync_cm(name):
    print('sync enter', name)
    yield name
    print('sync exit', name)


async def attempt(label, coroutine_function):
    try:
        print(label, await coroutine_function())
    except BaseException as e:
        print(label, type(e).__name__, e, '|', chain(e.__context__))


async def main():
    async with resource('db') as value:
        print('using', value)
    print(resource.__name__, resource.__doc__, type(resource('x')).__name__)
    print(isinstance(resource('y'), AbstractAsyncContextManager))

    async def handled():
        async with resource('handled', handle=True):
            raise ValueError('handled inside')
        return 'suppressed'
    await attempt('handled', handled)

    async def unhandled():
        async with resource('unhandled'):
            raise ValueError('not handled')
    await attempt('unhandled', unhandled)

    async def other():
        async with resource('other'):
            raise KeyError('other kind')
    await attempt('other', other)

    async def enter(cm):
        async with cm as v:
            print('entered', v)
    await attempt("didn't yield", lambda: enter(no_yield()))
    await attempt("didn't stop", lambda: enter(two_yields()))

    async def stop_in_body(exc):
        async with plain():
            raise exc
    await attempt('StopIteration', lambda: stop_in_body(StopIteration('s')))
    await attempt('StopAsyncIteration', lambda: stop_in_body(StopAsyncIteration('a')))

    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(resource('first')))
        print(await stack.enter_async_context(AsyncManaged('second')))
        print(stack.enter_context(sync_cm('third')))

        async def async_callback(*args, **kwds):
            print('async callback', args, kwds)
        stack.push_async_callback(async_callback, 1, k=2)
        stack.callback(print, 'sync callback')
        stack.push_async_exit(AsyncManaged('pushed'))

        async def exit_function(exc_type, exc, tb):
            print('async exit function', exc_type)
        print(stack.push_async_exit(exit_function) is exit_function)
        print('body')

    async def several():
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(AsyncManaged('one', fail=IndexError('one failed')))
            await stack.enter_async_context(AsyncManaged('two', fail=TypeError('two failed')))
            raise ValueError('body')
    await attempt('several', several)

    async def suppressed():
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(AsyncManaged('suppressor', suppress=True))
            stack.callback(print, 'sync callback sees it')
            raise ValueError('body')
        return 'suppressed'
    await attempt('suppressed', suppressed)

    stack = AsyncExitStack()
    await stack.enter_async_context(resource('closed by aclose'))
    moved = stack.pop_all()
    await stack.aclose()
    print('moved', type(moved).__name__)
    await moved.aclose()

    async def no_callback():
        AsyncExitStack().push_async_callback()
    await attempt('no callback', no_callback)


asyncio.run(main())
