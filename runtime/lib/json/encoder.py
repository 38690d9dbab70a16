"""JSON encoding: JSONEncoder and the string encoders, with CPython 3.8's output and errors."""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')

_ESCAPES = {chr(code): '\\u%04x' % code for code in range(0x20)}
_ESCAPES.update({'"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
                 '\t': '\\t'})
_ASCII_ESCAPES = dict(_ESCAPES)
_ASCII_ESCAPES['\x7f'] = '\\u007f'


def _escape_non_ascii(char):
    code = ord(char)
    if code < 0x80:
        return char
    if code < 0x10000:
        return '\\u%04x' % code
    # Outside the BMP, a character is written as its UTF-16 surrogate pair.
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def _needs_no_escape(s):
    # Most strings need no escape, and these scans are much faster than a loop over s.
    return (not s or min(s) >= ' ') and '"' not in s and '\\' not in s


def encode_basestring(s):
    """The JSON string of s, with only '"', '\\' and control characters escaped."""
    if _needs_no_escape(s):
        return '"' + s + '"'
    return '"' + ''.join([_ESCAPES.get(char, char) for char in s]) + '"'


def encode_basestring_ascii(s):
    """The JSON string of s in ASCII: every other character as a \\uXXXX escape."""
    if s.isascii() and _needs_no_escape(s) and '\x7f' not in s:
        return '"' + s + '"'
    escape = _ASCII_ESCAPES.get
    return '"' + ''.join([escape(char) or _escape_non_ascii(char) for char in s]) + '"'


class JSONEncoder(object):
    """Encodes dicts, lists, tuples, str, int, float, True, False and None (and their
    subclasses) as JSON; other objects go through default(), which subclasses override to
    return something encodable."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces."""
        # CPython 3.8 encodes a one-shot encode() without indent in C, whose out-of-range
        # float error does not name the float; its Python encoder's does.
        names_bad_float = not (_one_shot and self.indent is None)
        chunks = []
        _Encoding(self, names_bad_float, chunks).write(o, 0)
        return chunks


class _Encoding(object):
    """One run of an encoder, appending its output to chunks."""

    def __init__(self, encoder, names_bad_float, chunks):
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.encode_str = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan
        self.names_bad_float = names_bad_float
        self.chunks = chunks

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            message = 'Out of range float values are not JSON compliant'
            if self.names_bad_float:
                message += ': ' + repr(o)
            raise ValueError(message)
        return text

    def enter(self, o):
        markers = self.markers
        if markers is None:
            return None
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o
        return marker

    def leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def write(self, o, level):
        chunks = self.chunks
        if isinstance(o, str):
            chunks.append(self.encode_str(o))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.write_list(o, level)
        elif isinstance(o, dict):
            self.write_dict(o, level)
        else:
            marker = self.enter(o)
            self.write(self.default(o), level)
            self.leave(marker)

    def opening(self, bracket, level):
        """The opening bracket, and the separator between items, at nesting depth level."""
        if self.indent is None:
            return bracket, self.item_separator
        newline_indent = '\n' + self.indent * level
        return bracket + newline_indent, self.item_separator + newline_indent

    def closing(self, bracket, level):
        if self.indent is None:
            return bracket
        return '\n' + self.indent * level + bracket

    def write_list(self, items, level):
        chunks = self.chunks
        if not items:
            chunks.append('[]')
            return
        marker = self.enter(items)
        opening, separator = self.opening('[', level + 1)
        chunks.append(opening)
        first = True
        for item in items:
            if first:
                first = False
            else:
                chunks.append(separator)
            # Nested containers are written from here, not through write(): one frame per
            # level of nesting, as CPython's encoders, so that as deep objects encode.
            if isinstance(item, (list, tuple)):
                self.write_list(item, level + 1)
            elif isinstance(item, dict):
                self.write_dict(item, level + 1)
            else:
                self.write(item, level + 1)
        chunks.append(self.closing(']', level))
        self.leave(marker)

    def key_text(self, key):
        """The key as a JSON object key's text (unquoted), or None if it is to be skipped."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % key.__class__.__name__)

    def write_dict(self, mapping, level):
        chunks = self.chunks
        if not mapping:
            chunks.append('{}')
            return
        marker = self.enter(mapping)
        opening, separator = self.opening('{', level + 1)
        chunks.append(opening)
        items = mapping.items()
        if self.sort_keys:
            items = sorted(items)
        encode_str = self.encode_str
        key_separator = self.key_separator
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                chunks.append(separator)
            chunks.append(encode_str(key))
            chunks.append(key_separator)
            # As in write_list, nested containers are written from here.
            if isinstance(value, (list, tuple)):
                self.write_list(value, level + 1)
            elif isinstance(value, dict):
                self.write_dict(value, level + 1)
            else:
                self.write(value, level + 1)
        chunks.append(self.closing('}', level))
        self.leave(marker)
