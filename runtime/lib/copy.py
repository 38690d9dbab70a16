"""Shallow and deep copies of objects.

copy(x) makes a new object of the same kind holding the same parts; deepcopy(x) copies the
parts too, recursively, copying each object reached once (the memo) so that shared and
recursive structures keep their shape. A class controls its copies with __copy__ and
__deepcopy__(memo), or else through the pickling protocol: __reduce_ex__, __reduce__,
__getnewargs__, __getstate__ and __setstate__, or a function in copyreg.dispatch_table.
"""

from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _function_type():
    pass


# Objects of these types are immutable, or are shared rather than copied, by both kinds of
# copy; a shallow copy shares the other immutable containers too.
_ATOMIC_TYPES = (
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str, bytes,
    type, property, type(len), type(_function_type),
)


def _copy_atomic(x):
    return x


def _copy_with_method(x):
    return x.copy()


_copy_dispatch = {cls: _copy_atomic for cls in _ATOMIC_TYPES}
_copy_dispatch.update({cls: _copy_atomic for cls in (tuple, frozenset, range, slice)})
_copy_dispatch.update({cls: _copy_with_method for cls in (list, dict, set, bytearray)})


def _reduction(x, cls, what):
    """The reduction copy and deepcopy rebuild x from."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (what, cls))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple that contains itself through a mutable object was copied while copying that
    # object.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


class _BoundMethodHolder:
    def method(self):
        pass


def _deepcopy_method(x, memo):
    # The function bound to a copy of the receiver.
    return x.__func__.__get__(deepcopy(x.__self__, memo))


_deepcopy_dispatch = {cls: _deepcopy_atomic for cls in _ATOMIC_TYPES}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[type(_BoundMethodHolder().method)] = _deepcopy_method

# The default memo, told apart from one the caller passed.
_no_memo = []


def deepcopy(x, memo=None, _nil=_no_memo):
    """A deep copy of x. memo maps id(original) to copy for the objects copied so far."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive while memo is, so that its id is not reused for another object during the
    copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 deepcopy=deepcopy):
    """Rebuild a copy of x from its reduction; deep when memo is given."""
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
