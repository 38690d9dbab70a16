"""Warnings: filtering, de-duplicating and showing them, or raising them as errors.

CPython 3.8 runs `warn` and `warn_explicit` in its C `_warnings` module over the filters and
the hooks of this one; here both are Python, with the C module's behaviour: the registry entries
are True, `once` records in the caller's module registry (the global `onceregistry` only when
there is none), the default filters name their module by a plain string, which matches by
equality.

With no `re`, the message and module patterns are compiled by `_Pattern`, which matches like
`re.match` does for literal text, `.`, character classes (`[a-z]`, `[^...]`), the escapes `\\d`,
`\\w`, `\\s`, `\\Z` and an escaped character, the anchors `^` and `$`, and the quantifiers `*`,
`+`, `?` (greedy, after one of those atoms). Anything else (groups, `|`, `{m,n}`) raises
NotImplementedError when the filter is added.

Compiled code records no current line, so the line of a `warn()` call is its frame's `f_lineno`
when the frame has one and otherwise the first line of the calling code. Source lines are read
from the file the warning names, as `linecache` does.
"""

import sys
from operator import index as _index

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---- Patterns -----------------------------------------------------------------------------------

_CLASS_ESCAPES = {
    "d": lambda c: "0" <= c <= "9",
    "w": lambda c: c.isalnum() or c == "_",
    "s": lambda c: c in " \t\n\r\f\v",
}


class _Pattern:
    """What `re.compile(pattern, flags)` gives the filters, for the subset the module supports."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self._ignore_case = ignore_case
        self._atoms = _parse_pattern(pattern, ignore_case)

    def __repr__(self):
        if self._ignore_case:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return (self.pattern, self._ignore_case) == (other.pattern, other._ignore_case)

    def __hash__(self):
        return hash((self.pattern, self._ignore_case))

    def match(self, text):
        """True when the pattern matches at the start of text (as `re.match`)."""
        if not isinstance(text, str):
            raise TypeError("expected string or bytes-like object")
        if self._ignore_case:
            text = text.lower()
        return _match_here(self._atoms, 0, text, 0)


def _parse_pattern(pattern, ignore_case):
    """The pattern as a list of (kind, test, quantifier) atoms; kind is "char" or an anchor."""
    atoms = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == "^" and not atoms:
            atoms.append(("start", None, ""))
            continue
        if c == "$":
            atoms.append(("end", None, ""))
            continue
        if c == ".":
            test = lambda ch: ch != "\n"
        elif c == "\\":
            if i == len(pattern):
                raise NotImplementedError("warnings: bad escape (end of pattern) in %r" % pattern)
            c = pattern[i]
            i += 1
            if c == "Z":
                atoms.append(("text_end", None, ""))
                continue
            if c in _CLASS_ESCAPES:
                test = _CLASS_ESCAPES[c]
            elif c.isalnum():
                raise NotImplementedError("warnings: unsupported escape \\%s in %r" % (c, pattern))
            else:
                test = _literal(c, ignore_case)
        elif c == "[":
            test, i = _parse_class(pattern, i, ignore_case)
        elif c in "()|{}*+?":
            raise NotImplementedError("warnings: unsupported pattern syntax %r in %r" % (c, pattern))
        else:
            test = _literal(c, ignore_case)
        quantifier = ""
        if i < len(pattern) and pattern[i] in "*+?":
            quantifier = pattern[i]
            i += 1
        atoms.append(("char", test, quantifier))
    return atoms


def _literal(c, ignore_case):
    # Case-insensitive patterns see their text lowered.
    if ignore_case:
        c = c.lower()
    return lambda ch: ch == c


def _parse_class(pattern, i, ignore_case):
    """The test of the class `[...]` whose body starts at i, and the index after it."""
    negated = i < len(pattern) and pattern[i] == "^"
    if negated:
        i += 1
    ranges = []
    first = True
    while i < len(pattern) and (first or pattern[i] != "]"):
        first = False
        low = pattern[i]
        if low == "\\" and i + 1 < len(pattern):
            i += 1
            low = pattern[i]
        i += 1
        high = low
        if i + 1 < len(pattern) and pattern[i] == "-" and pattern[i + 1] != "]":
            high = pattern[i + 1]
            i += 2
        ranges.append((low, high))
    if i == len(pattern):
        raise NotImplementedError("warnings: unterminated character set in %r" % pattern)

    def test(ch):
        inside = any(low <= ch <= high or (ignore_case and low <= ch.upper() <= high)
                     for low, high in ranges)
        return inside != negated
    return test, i + 1


def _match_here(atoms, a, text, t):
    """Backtracking match of atoms[a:] against text[t:]."""
    if a == len(atoms):
        return True
    kind, test, quantifier = atoms[a]
    if kind == "start":
        return t == 0 and _match_here(atoms, a + 1, text, t)
    if kind == "end":
        at_end = t == len(text) or (t == len(text) - 1 and text[t] == "\n")
        return at_end and _match_here(atoms, a + 1, text, t)
    if kind == "text_end":
        return t == len(text) and _match_here(atoms, a + 1, text, t)
    if quantifier == "":
        return t < len(text) and test(text[t]) and _match_here(atoms, a + 1, text, t + 1)
    longest = t
    limit = min(t + 1, len(text)) if quantifier == "?" else len(text)
    while longest < limit and test(text[longest]):
        longest += 1
    shortest = t + 1 if quantifier == "+" else t
    for end in range(longest, shortest - 1, -1):
        if _match_here(atoms, a + 1, text, end):
            return True
    return False


def _escape(text):
    """`re.escape(text)`: the characters special to patterns, backslashed."""
    return "".join("\\" + c if c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f" else c for c in text)


# ---- Showing ------------------------------------------------------------------------------------

def _getline(filename, lineno):
    """The line lineno of the file, as `linecache.getline` finds it (empty when unreadable)."""
    try:
        with open(filename, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line
    except (OSError, UnicodeError):
        pass
    return ""


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default); programs may replace this hook."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes for a warning: where, its category and message, the line."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = _getline(msg.filename, msg.lineno) if msg.line is None else msg.line
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # There is no tracemalloc to say where the source was allocated.
        s += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # A program's own showwarning takes precedence over the printing of _showwarnmsg_impl.
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, line=msg.line)
    return _formatwarnmsg_impl(msg)


# ---- Filters ------------------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter, first in the list unless append is true.

    action is what to do with the warnings it matches ("error", "ignore", "always",
    "default", "module" or "once"); message (case-insensitive) and module are patterns that
    the start of the warning's text and its module's name must match; category a class the
    warning's must derive from; lineno the line it must come from, unless 0.
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for any message from any module, as filterwarnings does."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An existing equal filter moves to the front; appending never duplicates one.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter: each warning then takes defaultaction."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    # Each registry remembers the version it was filled under and is emptied when it is stale.
    global _filters_version
    _filters_version += 1


class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    """One -W option: action:message:category:module:lineno."""
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    message = _Pattern(_escape(message), True) if message else None
    module = _Pattern(_escape(module) + r'\Z', False) if module else None
    _add_filter(action, message, category, module, lineno, append=False)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


_BUILTIN_CATEGORIES = {
    cls.__name__: cls
    for cls in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
                SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning,
                BytesWarning, ResourceWarning)
}


def _getcategory(category):
    # Only the builtin categories: a compiled program cannot import a module named at run time.
    if not category:
        return Warning
    try:
        return _BUILTIN_CATEGORIES[category]
    except KeyError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None


# ---- Issuing ------------------------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Warn with message as coming from the code stacklevel calls out; the filters decide how."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    if isinstance(stacklevel, float):
        raise TypeError("integer argument expected, got float")
    stacklevel = _index(stacklevel)
    try:
        # Levels below 1 all name warn's caller, as with CPython's C warn.
        frame = sys._getframe(max(stacklevel, 1))
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        code = frame.f_code
        filename = code.co_filename
        lineno = getattr(frame, "f_lineno", code.co_firstlineno)
    module = globals.get('__name__', "<string>")
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def _already_warned(registry, key, should_set):
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _matches(pattern, text):
    # The default filters name their module by a plain string.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def _get_filter(category, text, lineno, module):
    if not isinstance(filters, list):
        raise ValueError("_warnings.filters must be a list")
    for i, item in enumerate(filters):
        if not (isinstance(item, tuple) and len(item) == 5):
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            return action, item
    if not isinstance(defaultaction, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(defaultaction).__name__)
    return defaultaction, None


# The default of warn_explicit's module, which CPython tells from an explicit None (that
# drops the warning).
_MODULE_OMITTED = object()


def warn_explicit(message, category, filename, lineno,
                  module=_MODULE_OMITTED, registry=None, module_globals=None,
                  source=None):
    """Warn with message as coming from the given place; the filters decide how."""
    lineno = int(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is None:
        return
    if module is _MODULE_OMITTED:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _get_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if _already_warned(onceregistry if registry is None else registry,
                               (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    if not callable(_showwarnmsg):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    """One warning, as showwarning receives it (and catch_warnings(record=True) keeps it)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context that restores the filters and showwarning of module (warnings) on exit.

    With record=True, entering returns a list that collects a WarningMessage for each warning
    shown inside the context instead of printing it.
    """

    def __init__(self, *, record=False, module=None):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Only the original showwarning reaches the recording _showwarnmsg_impl.
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# CPython 3.8's defaults without -W options (a release build, not in development mode).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 0
_warnings_defaults = True

_processoptions(sys.warnoptions)
