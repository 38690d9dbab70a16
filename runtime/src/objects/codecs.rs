//! Text encodings for `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1 under their
//! CPython names and aliases, with the `strict`, `ignore`, `replace`, `backslashreplace` and
//! (for encoding) `xmlcharrefreplace` error handlers, and CPython 3.8's Unicode errors.

use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::bytes::new_bytes;
use crate::objects::exception::{
    LOOKUP_ERROR, NOT_IMPLEMENTED_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR,
};
use crate::objects::int;
use crate::objects::str::{new_str, new_string};
use crate::value::Value;

/// The codecs pylift implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Finds a codec by name as CPython's codec registry does: case and punctuation do not
    /// matter (`UTF-8`, `utf_8`, `utf 8`), and the encodings package's aliases are known.
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let normalized = normalize_encoding(name);
        let codec = match normalized.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
            "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
            | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
            | "us_ascii" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
            | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
                Codec::Latin1
            }
            _ => {
                return Err(errors::raise(
                    &LOOKUP_ERROR,
                    format!("unknown encoding: {name}"),
                ))
            }
        };
        Ok(codec)
    }

    /// The name the codec reports in its errors.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The first code point the codec cannot represent in one byte (UTF-8 has none).
    fn byte_limit(self) -> Option<u32> {
        match self {
            Codec::Utf8 => None,
            Codec::Ascii => Some(0x80),
            Codec::Latin1 => Some(0x100),
        }
    }
}

/// Lowercase, with every run of characters other than letters, digits and `.` made one `_`
/// and none at either end (the `encodings` package's `normalize_encoding`).
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_separator = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if pending_separator && !out.is_empty() {
                out.push('_');
            }
            pending_separator = false;
            out.extend(c.to_lowercase());
        } else {
            pending_separator = true;
        }
    }
    out
}

/// What to do with what a codec cannot handle; looked up only when that happens, as CPython
/// does (`b"ab".decode("utf-8", "bogus")` succeeds).
enum ErrorHandler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

impl ErrorHandler {
    fn lookup(name: &str) -> PyResult<ErrorHandler> {
        Ok(match name {
            "strict" => ErrorHandler::Strict,
            "ignore" => ErrorHandler::Ignore,
            "replace" => ErrorHandler::Replace,
            "backslashreplace" => ErrorHandler::BackslashReplace,
            "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
            "surrogateescape" | "surrogatepass" | "namereplace" => {
                return Err(errors::raise(
                    &NOT_IMPLEMENTED_ERROR,
                    format!("pylift: the '{name}' error handler is not supported"),
                ))
            }
            _ => {
                return Err(errors::raise(
                    &LOOKUP_ERROR,
                    format!("unknown error handler name '{name}'"),
                ))
            }
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding

/// A stretch of input a decoder rejects: bytes `start..end` and why.
struct DecodeProblem {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// The next undecodable stretch of `data` at or after `from`, or `None`.
fn next_decode_problem(codec: Codec, data: &[u8], from: usize) -> Option<DecodeProblem> {
    let rest = &data[from..];
    match codec {
        Codec::Latin1 => None,
        Codec::Ascii => rest
            .iter()
            .position(|b| !b.is_ascii())
            .map(|i| DecodeProblem {
                start: from + i,
                end: from + i + 1,
                reason: "ordinal not in range(128)",
            }),
        Codec::Utf8 => {
            let error = std::str::from_utf8(rest).err()?;
            let start = from + error.valid_up_to();
            // Rust reports the maximal invalid prefix of a sequence, as CPython does.
            Some(match error.error_len() {
                None => DecodeProblem {
                    start,
                    end: data.len(),
                    reason: "unexpected end of data",
                },
                Some(len) => DecodeProblem {
                    start,
                    end: start + len,
                    reason: if is_utf8_start_byte(data[start]) {
                        "invalid continuation byte"
                    } else {
                        "invalid start byte"
                    },
                },
            })
        }
    }
}

/// Bytes that can begin a multi-byte UTF-8 sequence: C2..F4 (C0, C1 and F5.. never can).
fn is_utf8_start_byte(b: u8) -> bool {
    (0xc2..=0xf4).contains(&b)
}

/// Appends the text of bytes the codec accepts.
fn push_decoded(codec: Codec, data: &[u8], out: &mut String) {
    match codec {
        Codec::Utf8 | Codec::Ascii => {
            out.push_str(std::str::from_utf8(data).expect("checked by next_decode_problem"))
        }
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while let Some(problem) = next_decode_problem(codec, data, pos) {
        push_decoded(codec, &data[pos..problem.start], &mut out);
        match ErrorHandler::lookup(errors)? {
            ErrorHandler::Strict => return Err(decode_error(codec, data, &problem)),
            ErrorHandler::Ignore => {}
            ErrorHandler::Replace => out.push(char::REPLACEMENT_CHARACTER),
            ErrorHandler::BackslashReplace => {
                for b in &data[problem.start..problem.end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            ErrorHandler::XmlCharRefReplace => {
                return Err(errors::type_error(
                    "don't know how to handle UnicodeDecodeError in error callback",
                ))
            }
        }
        pos = problem.end;
    }
    push_decoded(codec, &data[pos..], &mut out);
    Ok(out)
}

fn decode_error(codec: Codec, data: &[u8], problem: &DecodeProblem) -> errors::Raised {
    errors::raise_with_args(
        &UNICODE_DECODE_ERROR,
        vec![
            new_str(codec.name()),
            new_bytes(data.to_vec()),
            int::from_i64(problem.start as i64),
            int::from_i64(problem.end as i64),
            new_str(problem.reason),
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// Encoding

/// `text.encode(encoding, errors)`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    let Some(limit) = codec.byte_limit() else {
        // Every code point a Rust string holds has a UTF-8 form.
        return Ok(text.as_bytes().to_vec());
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut pos = 0;
    while pos < chars.len() {
        if (chars[pos] as u32) < limit {
            out.push(chars[pos] as u8);
            pos += 1;
            continue;
        }
        // A run of characters the codec cannot encode is handled at once, as in CPython.
        let start = pos;
        let end = start
            + chars[start..]
                .iter()
                .take_while(|&&c| c as u32 >= limit)
                .count();
        match ErrorHandler::lookup(errors)? {
            ErrorHandler::Strict => {
                return Err(encode_error(codec, text, start, end, limit));
            }
            ErrorHandler::Ignore => {}
            ErrorHandler::Replace => out.extend(std::iter::repeat_n(b'?', end - start)),
            ErrorHandler::BackslashReplace => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(escaped_char(c).as_bytes());
                }
            }
            ErrorHandler::XmlCharRefReplace => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        pos = end;
    }
    Ok(out)
}

fn encode_error(codec: Codec, text: &str, start: usize, end: usize, limit: u32) -> errors::Raised {
    errors::raise_with_args(
        &UNICODE_ENCODE_ERROR,
        vec![
            new_str(codec.name()),
            new_str(text),
            int::from_i64(start as i64),
            int::from_i64(end as i64),
            new_string(format!("ordinal not in range({limit})")),
        ],
    )
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`: how Unicode errors and `backslashreplace` show a code point.
pub fn escaped_char(c: char) -> String {
    match c as u32 {
        u @ 0..=0xff => format!("\\x{u:02x}"),
        u @ 0x100..=0xffff => format!("\\u{u:04x}"),
        u => format!("\\U{u:08x}"),
    }
}

/// The `encoding` and `errors` arguments of `encode`, `decode` and the constructors of str,
/// bytes and bytearray: str, defaulting to "utf-8" and "strict". `labels` name them in errors:
/// `'encoding'` for methods, `2` for constructors.
pub fn codec_arguments(
    function: &str,
    bound: &[Option<Value>],
    labels: [&str; 2],
) -> PyResult<(&'static str, &'static str)> {
    let text = |v: Option<Value>, label: &str, default: &'static str| match v {
        None => Ok(default),
        Some(v) => crate::objects::str::as_str(v).ok_or_else(|| {
            errors::type_error(format!(
                "{function}() argument {label} must be str, not {}",
                crate::objects::method_args::argument_type_name(v)
            ))
        }),
    };
    Ok((
        text(bound[0], labels[0], "utf-8")?,
        text(bound[1], labels[1], "strict")?,
    ))
}

/// The labels of [`codec_arguments`] for methods.
pub const METHOD_CODEC_LABELS: [&str; 2] = ["'encoding'", "'errors'"];
/// The labels of [`codec_arguments`] for constructors.
pub const CONSTRUCTOR_CODEC_LABELS: [&str; 2] = ["2", "3"];

/// `str.encode(encoding="utf-8", errors="strict")`.
pub fn str_encode(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let bound =
        crate::objects::method_args::bind("encode", args, kwnames, &["encoding", "errors"], 0)?;
    let (encoding, errors) = codec_arguments("encode", &bound, METHOD_CODEC_LABELS)?;
    let text = crate::objects::str::as_str(this).expect("a str method called on a str");
    Ok(new_bytes(encode(text, encoding, errors)?))
}
