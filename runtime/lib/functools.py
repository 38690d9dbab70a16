"""Higher-order functions and operations on callables."""

from _mappingproxy import mappingproxy

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'cached_property', 'singledispatch', 'partialmethod', 'singledispatchmethod']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

class _Sentinel:
    pass


# A default that no caller can pass.
_MISSING = _Sentinel()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments. Default arguments are as for update_wrapper().
       This is a convenience function to simplify applying partial() to
       update_wrapper().
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# total_ordering: each derived operation is written in terms of the root one and ==, and passes
# NotImplemented through.

def _not(result):
    return result if result is NotImplemented else not result


def _derive(root, negate_root, equal_means):
    """An operation computed from `root`: true when root is (not, if negate_root) true, or,
    when equal_means is not None, the operands are equal (equal_means True) or are required
    to differ (equal_means False)."""
    def derived(self, other):
        result = getattr(self, root)(other)
        if result is NotImplemented:
            return result
        if negate_root:
            result = not result
        if equal_means is None:
            return result
        if equal_means:
            return result or self == other
        return result and self != other
    return derived


_ORDERINGS = {
    '__lt__': [('__gt__', True, False), ('__le__', False, True), ('__ge__', True, None)],
    '__le__': [('__ge__', True, True), ('__lt__', False, False), ('__gt__', True, None)],
    '__gt__': [('__lt__', True, False), ('__ge__', False, True), ('__le__', True, None)],
    '__ge__': [('__le__', True, True), ('__gt__', False, False), ('__lt__', True, None)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = {name for name in _ORDERINGS
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, negate_root, equal_means in _ORDERINGS[root]:
        if name not in roots:
            method = _derive(root, negate_root, equal_means)
            method.__name__ = name
            method.__qualname__ = '_%s_from_%s' % (name.strip('_'), root.strip('_'))
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def _compare(self, other):
            if type(other) is not KeyWrapper:
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._compare(other) < 0

        def __gt__(self, other):
            return self._compare(other) > 0

        def __eq__(self, other):
            return self._compare(other) == 0

        def __ne__(self, other):
            return self._compare(other) != 0

        def __le__(self, other):
            return self._compare(other) <= 0

        def __ge__(self, other):
            return self._compare(other) >= 0

        __hash__ = None
    return KeyWrapper


def reduce(function, sequence, *initial):
    """
    reduce(function, sequence[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence,
    from left to right, so as to reduce the sequence to a single value.
    For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the sequence in the calculation, and serves as a default when the
    sequence is empty.
    """
    if len(initial) > 1:
        raise TypeError('reduce expected at most 3 arguments, got %d' % (2 + len(initial)))
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if not initial:
        try:
            value = next(items)
        except StopIteration:
            raise TypeError('reduce() of empty sequence with no initial value') from None
    else:
        value = initial[0]
    for item in items:
        value = function(value, item)
    return value


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError('type \'partial\' takes at least one argument')
        self, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A partial of a partial calls the inner function directly.
        if type(func) is partial:
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(*args, **keywords):
        if not args:
            raise TypeError("descriptor '__call__' of partial needs an argument")
        self, args = args[0], args[1:]
        keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(repr(arg) for arg in self.args)
        shown.extend('%s=%r' % (key, value) for key, value in self.keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return '%s(%s)' % (name, ', '.join(shown))


class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("descriptor '__init__' of partialmethod needs an argument"
                            if not args else
                            "type 'partialmethod' takes at least one argument")
        self, func, args = args[0], args[1], args[2:]
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        # A partialmethod of a partialmethod applies the arguments of both at once.
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = dict(func.keywords, **keywords)
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(repr(arg) for arg in self.args)
        shown.extend('%s=%r' % (key, value) for key, value in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(shown))

    def _unbound_method(self):
        def _method(*args, **keywords):
            if not args:
                raise TypeError('_method() missing 1 required positional argument: '
                                "'cls_or_self'")
            keywords = dict(self.keywords, **keywords)
            return self.func(args[0], *self.args, *args[1:], **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # A descriptor that bound to something else (a classmethod, a method):
                # apply the arguments to what it gave.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


class CacheInfo:
    """The statistics of an lru_cache: hits, misses, maxsize and currsize, also readable as a
    4-tuple."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _fields_tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._fields_tuple())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._fields_tuple()[index]

    def __eq__(self, other):
        if isinstance(other, CacheInfo):
            other = other._fields_tuple()
        return self._fields_tuple() == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._fields_tuple())

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._fields_tuple()


# Separates positional from keyword arguments in a cache key.
_KEYWORD_MARK = _Sentinel()


def _make_key(args, kwargs, typed):
    # As CPython: a lone int or str argument is its own key (so 1 and 1.0 are different keys
    # even when untyped, while 1.0 and True are the same).
    if not kwargs and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwargs:
        key += (_KEYWORD_MARK,)
        for item in kwargs.items():
            key += item
    if typed:
        key += tuple(type(arg) for arg in args)
        if kwargs:
            key += tuple(type(value) for value in kwargs.values())
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache is a dict in recency order: a hit moves its entry to the end, and the first
    # entry is the one evicted.
    cache = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args, **kwargs):
        if maxsize == 0:
            stats[1] += 1
            return user_function(*args, **kwargs)
        key = _make_key(args, kwargs, typed)
        result = cache.pop(key, _MISSING)
        if result is not _MISSING:
            stats[0] += 1
            cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwargs)
        if key in cache:
            # The call itself filled this entry (a recursive call): keep the first result.
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def cache_info():
        """Report cache statistics"""
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.

    See:  http://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)

    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache, without arguments.
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)
    return decorating_function


class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


def _find_impl(cls, registry):
    """The implementation registered for the nearest class in cls's MRO."""
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return None


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.

        """
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.

        """
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated "
                    "function." % (cls,))
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = mappingproxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
