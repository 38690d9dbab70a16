"""Utilities for with-statement contexts.  See PEP 343."""

import abc
import sys
from collections import deque
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress"]


def _defines_all(cls, *names):
    """Whether each name is defined along cls's MRO, and not as None (which marks a method
    a class turns off): the structural check of the abstract classes' __subclasshook__."""
    mro = cls.__mro__
    for name in names:
        for base in mro:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _restore_traceback(exc, traceback):
    """Gives exc, which passed through a generator and is left for the async with statement to
    re-raise, the traceback it had when the statement caught it. CPython's statement re-raises
    with that traceback whatever exc.__traceback__ became, so this changes nothing there;
    pylift's async with (unlike its with) keeps the frames exc passed through since."""
    exc.with_traceback(traceback)


class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers."""

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """An abstract base class for asynchronous context managers."""

    async def __aenter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        """The manager to enter for one call of the decorated function: self, unless self
        can be entered only once."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What the managers of @contextmanager and @asynccontextmanager have in common: the
    generator of one call of the decorated function, and its documentation."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Only _recreate_cm needs these, and a decorator's manager is never entered itself.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, type, value, traceback):
        if type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The generator must see an instance, even when the caller passed only the type.
            value = type()
        try:
            self.gen.throw(type, value, traceback)
        except StopIteration as stopped:
            # The generator returned: it handled the exception. (One that it let through
            # would have become a RuntimeError, PEP 479.)
            return stopped is not value
        except BaseException as raised:
            # An exception that passed through the generator unchanged (or, for a thrown
            # StopIteration, as the RuntimeError PEP 479 made of it) is left for the with
            # statement to re-raise, so that its traceback does not grow this frame.
            if raised is value or (type is StopIteration and isinstance(raised, RuntimeError)
                                   and raised.__cause__ is value):
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stopped:
            return stopped is not value
        except BaseException as raised:
            if raised is value:
                _restore_traceback(value, traceback)
                # 3.8 answers False for a RuntimeError and None for the others.
                return False if isinstance(raised, RuntimeError) else None
            if (isinstance(raised, RuntimeError)
                    and isinstance(value, (StopIteration, StopAsyncIteration))
                    and raised.__cause__ is value):
                _restore_traceback(value, traceback)
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Turns a generator function into a factory of context managers: the code before its
    one `yield` runs on entering the `with`, the yielded value is bound by `as`, and the code
    after it runs on leaving (an exception from the body is raised at the `yield`)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Turns an asynchronous generator function into a factory of asynchronous context
    managers, as `contextmanager` does for generators, for `async with`."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block.

    Code like this:

        with closing(<module>.open(<arguments>)) as f:
            <block>

    is equivalent to this:

        f = <module>.open(<arguments>)
        try:
            <block>
        finally:
            f.close()

    """
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    # The attribute of sys that the subclass replaces while entered.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that the same object can be entered again while in use.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file.

        # How to send help() to stderr
        with redirect_stdout(sys.stderr):
            help(dir)

        # How to write help() to a file
        with open('help.txt', 'w') as f:
            with redirect_stdout(f):
                help(pow)
    """

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions

    After the exception is suppressed, execution proceeds with the next
    statement following the with statement.

         with suppress(FileNotFoundError):
             os.remove(somefile)
         # Execution still resumes here if the file was already removed
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _exit_of(cm, cm_exit):
    """A callback that calls the __exit__ method cm_exit (looked up on cm's type) on cm."""
    def exit_of_cm(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    return exit_of_cm


def _async_exit_of(cm, cm_exit):
    async def aexit_of_cm(exc_type, exc, tb):
        return await cm_exit(cm, exc_type, exc, tb)
    return aexit_of_cm


def _exit_calling(callback, args, kwds):
    """A callback that calls callback(*args, **kwds) and never suppresses the exception."""
    def exit_calling_callback(exc_type, exc, tb):
        callback(*args, **kwds)
    return exit_calling_callback


def _async_exit_calling(callback, args, kwds):
    async def aexit_calling_callback(exc_type, exc, tb):
        await callback(*args, **kwds)
    return aexit_calling_callback


def _callback_arguments(method, owner, args, kwds):
    """(stack, callback, args) of a call of the method `method` of class `owner`, whose
    signature is (self, callback, /, *args, **kwds); 3.8 writes it with *args to accept
    callback as a keyword too (deprecated), and then kwds loses it."""
    if len(args) >= 2:
        return args[0], args[1], args[2:]
    if not args:
        raise TypeError("descriptor '%s' of '%s' object needs an argument" % (method, owner))
    if 'callback' in kwds:
        return args[0], kwds.pop('callback'), ()
    raise TypeError('%s expected at least 1 positional argument, got %d'
                    % (method, len(args) - 1))


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    def __init__(self):
        # Pairs (is_sync, callback): the asynchronous callbacks are coroutine functions.
        self._exit_callbacks = deque()

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature.

        Can suppress exceptions the same way __exit__ method can.
        Also accepts any object with an __exit__ method (registering a call
        to the method instead of the object itself).
        """
        # Looked up on the type, as the with statement does.
        try:
            cm_exit = type(exit).__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_exit_callback(_exit_of(exit, cm_exit))
        return exit  # Allow use as a decorator.

    def enter_context(self, cm):
        """Enters the supplied context manager.

        If successful, also pushes its __exit__ method as a callback and
        returns the result of the __enter__ method.
        """
        cm_type = type(cm)
        cm_exit = cm_type.__exit__
        result = cm_type.__enter__(cm)
        self._push_exit_callback(_exit_of(cm, cm_exit))
        return result

    def callback(*args, **kwds):
        """Registers an arbitrary callback and arguments.

        Cannot suppress exceptions.
        """
        self, callback, args = _callback_arguments('callback', '_BaseExitStack', args, kwds)
        exit_callback = _exit_calling(callback, args, kwds)
        # Not wraps(): the signatures differ; but the reference helps introspection.
        exit_callback.__wrapped__ = callback
        self._push_exit_callback(exit_callback)
        return callback  # Allow use as a decorator

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


def _fix_exception_context(new_exc, old_exc, frame_exc):
    """Makes old_exc the end of new_exc's chain of contexts, as if new_exc had been raised
    while old_exc was being handled by nested with statements. The chain is cut where it
    reaches frame_exc, the exception being handled where the stack exits (if any)."""
    while True:
        exc_context = new_exc.__context__
        if exc_context is old_exc:
            return
        if exc_context is None or exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc


def _reraise_keeping_context(exc):
    # `raise exc` alone would replace exc.__context__ with the exception handled here.
    fixed_ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = fixed_ctx
        raise


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

    For example:
        with ExitStack() as stack:
            files = [stack.enter_context(open(fname)) for fname in filenames]
            # All opened files will automatically be closed at the end of
            # the with statement, even if attempts to open files later
            # in the list raise an exception.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        # Last in, first out, as nested with statements exit; each callback sees the
        # exception the ones before it left (none once one suppressed it).
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            assert is_sync
            try:
                if callback(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_exc_details = sys.exc_info()
                _fix_exception_context(new_exc_details[1], exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            _reraise_keeping_context(exc_details[1])
        return received_exc and suppressed_exc

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit
    callbacks.

    For example:
        async with AsyncExitStack() as stack:
            connections = [await stack.enter_async_context(get_connection())
                for i in range(5)]
            # All opened connections will automatically be released at the
            # end of the async with statement, even if attempts to open a
            # connection later in the list raise an exception.
    """

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager.

        If successful, also pushes its __aexit__ method as a callback and
        returns the result of the __aenter__ method.
        """
        cm_type = type(cm)
        cm_exit = cm_type.__aexit__
        result = await cm_type.__aenter__(cm)
        self._push_exit_callback(_async_exit_of(cm, cm_exit), False)
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method
        signature.

        Can suppress exceptions the same way __aexit__ method can.
        Also accepts any object with an __aexit__ method (registering a call
        to the method instead of the object itself).
        """
        try:
            cm_exit = type(exit).__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(_async_exit_of(exit, cm_exit), False)
        return exit  # Allow use as a decorator

    def push_async_callback(*args, **kwds):
        """Registers an arbitrary coroutine function and arguments.

        Cannot suppress exceptions.
        """
        self, callback, args = _callback_arguments('push_async_callback', 'AsyncExitStack',
                                                   args, kwds)
        exit_callback = _async_exit_calling(callback, args, kwds)
        # Not wraps(): the signatures differ; but the reference helps introspection.
        exit_callback.__wrapped__ = callback
        self._push_exit_callback(exit_callback, False)
        return callback  # Allow use as a decorator

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if is_sync:
                    suppress = callback(*exc_details)
                else:
                    suppress = await callback(*exc_details)
                if suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_exc_details = sys.exc_info()
                _fix_exception_context(new_exc_details[1], exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            _reraise_keeping_context(exc_details[1])
        return received_exc and suppressed_exc


class nullcontext(AbstractContextManager):
    """Context manager that does no additional processing.
    Used as a stand-in for a normal context manager, when a particular
    block of code is optional to perform.

    cm = optional_cm if condition else nullcontext()
    with cm:
        # Perform operation, using optional_cm if condition is True
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass
