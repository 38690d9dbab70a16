"""JSON decoding: JSONDecoder, JSONDecodeError, and the scanner under them, with the
positions and messages of CPython 3.8's C scanner."""

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """A JSON document could not be decoded: msg at index pos of doc (line lineno, column
    colno, both from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX_VALUES = {c: int(c, 16) for c in '0123456789abcdefABCDEF'}
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t'}


def _first_control_character(s, start, stop):
    for index in range(start, stop):
        if s[index] < ' ':
            return index
    return -1


def _hex4(s, start):
    """The value of the four hex digits at s[start:start + 4], or -1 if one is not a digit."""
    value = 0
    for index in range(start, start + 4):
        digit = _HEX_VALUES.get(s[index])
        if digit is None:
            return -1
        value = value * 16 + digit
    return value


def _ascii_view(s):
    """s as ASCII text of the same length, in which each non-ASCII character is the
    placeholder '~' (which stands where it may, and fails where it does not, as they do),
    and the characters of s when it had any (else None).
    pylift indexes and slices a non-ASCII str in time linear in its length, an ASCII one
    in constant time: scanning the view keeps decoding linear."""
    if s.isascii():
        return s, None
    chars = list(s)
    return ''.join([char if char < '\x80' else '~' for char in chars]), chars


def scanstring(s, end, strict=True):
    """The string whose opening quote is at end - 1, and the index after its closing quote."""
    text, chars = _ascii_view(s)
    return _scan_string(text, chars, s, end, strict)


def _scan_string(text, chars, doc, end, strict):
    begin = end - 1
    length = len(text)
    chunks = []
    while True:
        quote = text.find('"', end)
        region_end = length if quote < 0 else quote
        backslash = text.find('\\', end, region_end)
        if backslash >= 0:
            region_end = backslash
        if region_end > end:
            region = text[end:region_end]
            if strict and min(region) < ' ':
                raise JSONDecodeError("Invalid control character at", doc,
                                      _first_control_character(text, end, region_end))
            if chars is not None and '~' in region:
                region = ''.join(chars[end:region_end])
            chunks.append(region)
        if region_end == length:
            raise JSONDecodeError("Unterminated string starting at", doc, begin)
        if backslash < 0:
            return ''.join(chunks), quote + 1
        escape_at = backslash + 1
        if escape_at == length:
            raise JSONDecodeError("Unterminated string starting at", doc, begin)
        kind = text[escape_at]
        if kind != 'u':
            char = _SIMPLE_ESCAPES.get(kind)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", doc, backslash)
            chunks.append(char)
            end = escape_at + 1
            continue
        digits_at = escape_at + 1
        end = digits_at + 4
        # As the C scanner, a \u escape must be followed by at least one more character.
        if end >= length:
            raise JSONDecodeError("Invalid \\uXXXX escape", doc, escape_at)
        code = _hex4(text, digits_at)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", doc, escape_at)
        if (0xd800 <= code <= 0xdbff and end + 6 < length and text[end] == '\\'
                and text[end + 1] == 'u'):
            low = _hex4(text, end + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", doc, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        chunks.append(chr(code))


def make_scanner(context):
    """scan_once(s, idx) -> (value, end) for the decoder `context`, reading its hooks once.
    A missing value raises StopIteration(idx), which the decoder reports as "Expecting value"."""
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    if parse_float is float:
        parse_float = None
    if parse_int is int:
        parse_int = None

    def scan_once(doc, idx):
        if idx < 0:
            raise ValueError("idx cannot be negative")
        text, chars = _ascii_view(doc)
        length = len(text)

        def parse_object(idx):
            pairs = []
            idx = _skip_whitespace(text, idx, length)
            if idx >= length or text[idx] != '}':
                while True:
                    if idx >= length or text[idx] != '"':
                        raise JSONDecodeError(
                            "Expecting property name enclosed in double quotes", doc, idx)
                    key, idx = _scan_string(text, chars, doc, idx + 1, strict)
                    idx = _skip_whitespace(text, idx, length)
                    if idx >= length or text[idx] != ':':
                        raise JSONDecodeError("Expecting ':' delimiter", doc, idx)
                    idx = _skip_whitespace(text, idx + 1, length)
                    # Nested containers are parsed from here, not through scan(): one frame
                    # per level of nesting, as the C scanner, so that as deep documents decode.
                    if idx < length and text[idx] == '{':
                        value, idx = parse_object(idx + 1)
                    elif idx < length and text[idx] == '[':
                        value, idx = parse_array(idx + 1)
                    else:
                        value, idx = scan(idx)
                    pairs.append((key, value))
                    idx = _skip_whitespace(text, idx, length)
                    if idx < length and text[idx] == '}':
                        break
                    if idx >= length or text[idx] != ',':
                        raise JSONDecodeError("Expecting ',' delimiter", doc, idx)
                    idx = _skip_whitespace(text, idx + 1, length)
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), idx + 1
            result = dict(pairs)
            if object_hook is not None:
                result = object_hook(result)
            return result, idx + 1

        def parse_array(idx):
            values = []
            idx = _skip_whitespace(text, idx, length)
            if idx >= length or text[idx] != ']':
                while True:
                    # As in parse_object, nested containers are parsed from here.
                    if idx < length and text[idx] == '{':
                        value, idx = parse_object(idx + 1)
                    elif idx < length and text[idx] == '[':
                        value, idx = parse_array(idx + 1)
                    else:
                        value, idx = scan(idx)
                    values.append(value)
                    idx = _skip_whitespace(text, idx, length)
                    if idx < length and text[idx] == ']':
                        break
                    if idx >= length or text[idx] != ',':
                        raise JSONDecodeError("Expecting ',' delimiter", doc, idx)
                    idx = _skip_whitespace(text, idx + 1, length)
            return values, idx + 1

        def parse_number(start):
            idx = start
            if text[idx] == '-':
                idx += 1
                if idx >= length:
                    raise StopIteration(start)
            first = text[idx]
            if first == '0':
                idx += 1
            elif '1' <= first <= '9':
                idx += 1
                while idx < length and text[idx] in _DIGITS:
                    idx += 1
            else:
                raise StopIteration(start)
            is_float = False
            if idx + 1 < length and text[idx] == '.' and text[idx + 1] in _DIGITS:
                is_float = True
                idx += 2
                while idx < length and text[idx] in _DIGITS:
                    idx += 1
            if idx + 1 < length and text[idx] in 'eE':
                exponent_start = idx
                idx += 1
                if idx + 1 < length and text[idx] in '+-':
                    idx += 1
                while idx < length and text[idx] in _DIGITS:
                    idx += 1
                # Without a digit the 'e' is not part of the number.
                if text[idx - 1] in _DIGITS:
                    is_float = True
                else:
                    idx = exponent_start
            number = text[start:idx]
            if is_float:
                return (float(number) if parse_float is None else parse_float(number)), idx
            return (int(number) if parse_int is None else parse_int(number)), idx

        def scan(idx):
            if idx >= length:
                raise StopIteration(idx)
            char = text[idx]
            if char == '"':
                return _scan_string(text, chars, doc, idx + 1, strict)
            if char == '{':
                return parse_object(idx + 1)
            if char == '[':
                return parse_array(idx + 1)
            if char == 'n' and text.startswith('null', idx):
                return None, idx + 4
            if char == 't' and text.startswith('true', idx):
                return True, idx + 4
            if char == 'f' and text.startswith('false', idx):
                return False, idx + 5
            if char == 'N' and text.startswith('NaN', idx):
                return parse_constant('NaN'), idx + 3
            if char == 'I' and text.startswith('Infinity', idx):
                return parse_constant('Infinity'), idx + 8
            if char == '-' and text.startswith('-Infinity', idx):
                return parse_constant('-Infinity'), idx + 9
            return parse_number(idx)

        return scan(idx)

    return scan_once

_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class JSONDecoder(object):
    """Decodes JSON text: objects to dicts (or what object_hook / object_pairs_hook make of
    them), arrays to lists, numbers through parse_int / parse_float, NaN and the infinities
    through parse_constant. With strict false, strings may hold control characters."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = make_scanner(self)

    def decode(self, s):
        """The Python value of the JSON document s, which must hold nothing else."""
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0, len(s)))
        end = _skip_whitespace(s, end, len(s))
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value of the JSON document starting at s[idx], and the index where it ends."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as missing:
            raise JSONDecodeError("Expecting value", s, missing.value) from None


def _skip_whitespace(s, idx, length):
    while idx < length and s[idx] in _WHITESPACE:
        idx += 1
    return idx
