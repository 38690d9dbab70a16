"""asyncio without network I/O: a single-threaded event loop with timers, futures, tasks,
and the synchronisation primitives and queues built on them.

The scheduling rules are CPython 3.8's: callbacks run in FIFO order from the ready queue;
each loop iteration first waits for the nearest timer (sleeping for real), moves the timers
that are due to the ready queue, and then runs exactly the callbacks that were ready when the
iteration began. A task's step runs its coroutine until it awaits a future, whose completion
schedules the task's next step; a bare yield (``sleep(0)``) schedules it at once.
"""

import itertools
import sys
import time as _time

__all__ = [
    'run', 'sleep', 'create_task', 'ensure_future', 'gather', 'wait', 'wait_for',
    'as_completed', 'shield', 'current_task', 'all_tasks', 'iscoroutine', 'isfuture', 'get_event_loop', 'get_running_loop',
    'new_event_loop', 'set_event_loop', 'AbstractEventLoop', 'Future', 'Task', 'Handle',
    'TimerHandle', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull',
    'Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'CancelledError',
    'TimeoutError', 'InvalidStateError', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
    'ALL_COMPLETED',
]

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# ----- exceptions (asyncio.exceptions and asyncio.queues in 3.8) -----

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class TimeoutError(Exception):
    """The operation exceeded the given deadline."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


# ----- helpers -----

def _short_repr(value):
    """reprlib.repr's abbreviations for the values futures show in their repr."""
    if isinstance(value, str):
        text = repr(value)
        if len(text) > 30:
            return text[:13] + '...' + text[len(text) - 14:]
        return text
    if isinstance(value, int) and not isinstance(value, bool):
        text = repr(value)
        if len(text) > 40:
            return text[:18] + '...' + text[len(text) - 19:]
        return text
    if isinstance(value, (list, tuple)) and len(value) > 6:
        items = ', '.join(_short_repr(v) for v in value[:6])
        if isinstance(value, list):
            return '[' + items + ', ...]'
        return '(' + items + ', ...)'
    return repr(value)


def _coroutine_repr(coro):
    """How a task's repr shows its coroutine: where it runs, or where it was defined."""
    name = getattr(coro, '__qualname__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None)
    if code is None:
        return name + '()'
    frame = coro.cr_frame
    if frame is not None:
        return f'{name}() running at {code.co_filename}:{frame.f_lineno}'
    return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


# ----- callbacks and the event loop -----

class Handle:
    """A callback scheduled on the loop."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
            })


class TimerHandle(Handle):
    """A callback scheduled for a point in time of the loop's clock."""

    def __init__(self, when, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when
        self._scheduled = True

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)


def _heap_push(heap, timer):
    heap.append(timer)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent]._when <= timer._when:
            break
        heap[i] = heap[parent]
        i = parent
    heap[i] = timer


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    first = heap[0]
    n = len(heap)
    i = 0
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1]._when < heap[child]._when:
            child += 1
        if last._when <= heap[child]._when:
            break
        heap[i] = heap[child]
        i = child
    heap[i] = last
    return first


_running_loop = None


class AbstractEventLoop:
    """The base class of event loops."""


class _EventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._cancelled_timers = 0
        self._stopping = False
        self._running = False
        self._closed = False
        self._debug = False
        self._tasks = []
        self._current_task = None

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self._running} '
                f'closed={self._closed} debug={self._debug}>')

    def time(self):
        return _time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready = []
        self._scheduled = []

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def call_soon(self, callback, *args):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args):
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        _heap_push(self._scheduled, timer)
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._cancelled_timers += 1

    def stop(self):
        self._stopping = True

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        scheduled = self._scheduled
        # Drop cancelled timers once they are many, as CPython does.
        if self._cancelled_timers > 50 and self._cancelled_timers * 2 > len(scheduled):
            kept = [t for t in scheduled if not t._cancelled]
            for t in scheduled:
                if t._cancelled:
                    t._scheduled = False
            self._scheduled = scheduled = []
            for t in kept:
                _heap_push(scheduled, t)
            self._cancelled_timers = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._cancelled_timers -= 1
                timer = _heap_pop(scheduled)
                timer._scheduled = False
        if not self._ready and not self._stopping and scheduled:
            delay = scheduled[0]._when - self.time()
            if delay > 0:
                _time.sleep(delay)
        end = self.time() + 1e-09
        while scheduled and scheduled[0]._when < end:
            timer = _heap_pop(scheduled)
            timer._scheduled = False
            self._ready.append(timer)
        ready = self._ready
        count = len(ready)
        batch = ready[:count]
        del ready[:count]
        for handle in batch:
            if not handle._cancelled:
                handle._run()

    def call_exception_handler(self, context):
        message = context.get('message', 'Unhandled exception in event loop')
        exc = context.get('exception')
        text = message
        if exc is not None:
            text += f'\n{type(exc).__name__}: {exc}'
        print(text, file=sys.stderr)

    async def shutdown_asyncgens(self):
        pass


def _stop_loop(future):
    future._loop.stop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


_current_loop = None
_loop_was_set = False


def get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        if _loop_was_set:
            raise RuntimeError(
                "There is no current event loop in thread 'MainThread'.")
        _current_loop = _EventLoop()
    return _current_loop


def set_event_loop(loop):
    global _current_loop, _loop_was_set
    _loop_was_set = True
    _current_loop = loop


def new_event_loop():
    return _EventLoop()


# ----- futures and tasks -----

class Future:
    """A result that will be set later; awaiting it waits for it."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = 'PENDING'
        self._result = None
        self._exception = None
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == 'FINISHED':
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        return info

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def get_loop(self):
        return self._loop

    def cancel(self):
        if self._state != 'PENDING':
            return False
        self._state = 'CANCELLED'
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == 'CANCELLED'

    def done(self):
        return self._state != 'PENDING'

    def result(self):
        if self._state == 'CANCELLED':
            raise CancelledError
        if self._state != 'FINISHED':
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == 'CANCELLED':
            raise CancelledError
        if self._state != 'FINISHED':
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn):
        if self._state != 'PENDING':
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != 'PENDING':
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = 'FINISHED'
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != 'PENDING':
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = 'FINISHED'
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_counter = itertools.count(1)


class Task(Future):
    """Runs a coroutine on the loop, one step per wake-up."""

    def __init__(self, coro, *, loop=None, name=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = f'Task-{next(_task_counter)}'
        else:
            self._name = str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def _repr_info(self):
        info = Future._repr_info(self)
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{_coroutine_repr(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self):
        if self.done():
            return False
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel():
                # The task is woken with CancelledError when the future's callbacks run.
                return True
        self._must_cancel = True
        return True

    def _finish(self):
        self._loop._tasks.remove(self)

    def _step(self, exc=None):
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = CancelledError()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current_task
        loop._current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self)
            else:
                Future.set_result(self, stop.value)
        except CancelledError:
            self._finish()
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            self._finish()
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            self._finish()
            Future.set_exception(self, error)
        else:
            self._suspended_on(result)
        finally:
            loop._current_task = previous

    def _suspended_on(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result._loop is not self._loop:
                error = RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop')
                self._loop.call_soon(self._step, error)
            elif blocking:
                if result is self:
                    error = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self._step, error)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel():
                            self._must_cancel = False
            else:
                error = RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self._step, error)
        elif result is None:
            # A bare yield gives up the loop for one iteration.
            self._loop.call_soon(self._step)
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self._step, error)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def create_task(coro, *, name=None):
    # Named after the counter first, as 3.8 does: the counter moves on for named tasks too.
    task = get_running_loop().create_task(coro)
    if name is not None:
        task.set_name(name)
    return task


class _AwaitableWrapper:
    def __init__(self, awaitable):
        self._awaitable = awaitable

    async def run(self):
        return await self._awaitable


def ensure_future(coro_or_future, *, loop=None):
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if isfuture(coro_or_future):
        if loop is not None and coro_or_future._loop is not loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if hasattr(type(coro_or_future), '__await__'):
        return ensure_future(_AwaitableWrapper(coro_or_future).run(), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


class _Sleep0:
    def __await__(self):
        yield


async def sleep(delay, result=None, *, loop=None):
    if delay <= 0:
        await _Sleep0()
        return result
    if loop is None:
        loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _Releaser:
    """A done-callback that releases `waiter` (comparable, so it can be removed)."""

    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, *args):
        _release_waiter(self.waiter)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop=None):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel():
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, loop=None, return_exceptions=False):
    if not coros_or_futures:
        if loop is None:
            loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    by_argument = {}
    state = [0, 0]  # futures, finished

    def done_callback(fut):
        state[1] += 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[1] == state[0]:
            results = []
            for child in children:
                if child.cancelled():
                    res = CancelledError()
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        key = id(arg)
        if key not in by_argument:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            state[0] += 1
            by_argument[key] = (arg, fut)
            fut.add_done_callback(done_callback)
        else:
            fut = by_argument[key][1]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


async def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner.result()
    loop = inner._loop
    outer = loop.create_future()

    def copy_state(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(copy_state)
    return await outer


async def wait(fs, *, loop=None, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of coroutines/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    if loop is None:
        loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in set(fs)}
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = [len(fs)]

    def on_completion(f):
        remaining[0] -= 1
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION
                and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    release = _Releaser(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout, *, loop=None):
    if loop is None:
        loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
        else:
            raise TimeoutError()
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    release = _Releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        raise TimeoutError()
    finally:
        timeout_handle.cancel()


def as_completed(fs, *, loop=None, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    done = Queue(loop=loop)
    if loop is None:
        loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = [None]

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle[0] is not None:
            timeout_handle[0].cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle[0] = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


def run(main, *, debug=False):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        loop.set_debug(debug)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, loop=loop, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ----- synchronisation primitives (asyncio.locks) -----

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    def __init__(self, *, loop=None):
        self._waiters = []
        self._locked = False
        self._loop = get_event_loop() if loop is None else loop

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock object at {id(self):#x} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = self._loop.create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if self._waiters:
            fut = self._waiters[0]
            if not fut.done():
                fut.set_result(True)


class Event:
    def __init__(self, *, loop=None):
        self._waiters = []
        self._value = False
        self._loop = get_event_loop() if loop is None else loop

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Event object at {id(self):#x} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._loop.create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    def __init__(self, lock=None, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        if lock is None:
            lock = Lock(loop=self._loop)
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._loop.create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    def __init__(self, value=1, *, loop=None):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []
        self._loop = get_event_loop() if loop is None else loop

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{type(self).__name__} object at {id(self):#x} [{extra}]>'

    def _wake_up_next(self):
        while self._waiters:
            waiter = self._waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                return

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = self._loop.create_future()
            self._waiters.append(fut)
            try:
                await fut
            except BaseException:
                fut.cancel()
                if self._value > 0 and not fut.cancelled():
                    self._wake_up_next()
                raise
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, loop=None):
        self._bound_value = value
        Semaphore.__init__(self, value, loop=loop)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


# ----- queues (asyncio.queues) -----

class Queue:
    def __init__(self, maxsize=0, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event(loop=self._loop)
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if self._queue:
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._loop.create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._loop.create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    def _put(self, item):
        queue = self._queue
        lo, hi = 0, len(queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if item < queue[mid]:
                hi = mid
            else:
                lo = mid + 1
        queue.insert(lo, item)
