//! A chosen file's bytes as text: the one decoder every import uses (the data
//! page's `.livedesk.json`, the scripts import's template JSON and CSV, the
//! review's CSV), so that a file one import reads, the others read too.

use serde::{Deserialize, Serialize};

use crate::Lang;

/// How a file's bytes were read as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 after the byte-order mark EF BB BF (Excel and Notepad write one).
    Utf8Bom,
    /// UTF-16 little-endian after the mark FF FE (Windows "Unicode").
    Utf16Le,
    /// UTF-16 big-endian after the mark FE FF.
    Utf16Be,
    /// Neither: read by the caller's legacy decoder (GB18030 for CSV).
    Legacy,
}

/// Why a file's bytes are not text this import reads. (Serialized: the
/// spreadsheet worker's errors cross to the page as JSON.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DecodeError {
    /// Not UTF-8, no byte-order mark, and no legacy decoder took it.
    NotUnicode,
    /// A byte-order mark promised UTF-8 or UTF-16, but what follows is not.
    BrokenAfterMark(Encoding),
}

impl Encoding {
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => "UTF-8",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Legacy => "GB18030",
        }
    }
}

impl DecodeError {
    /// One sentence for the user, in their language.
    pub fn message(self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        match self {
            DecodeError::NotUnicode if zh => {
                "文件不是 UTF-8 或 UTF-16 编码的文本，无法读取。请用 UTF-8 编码另存后再试。".to_owned()
            }
            DecodeError::NotUnicode => {
                "The file is not UTF-8 or UTF-16 text. Save it as UTF-8 and try again.".to_owned()
            }
            DecodeError::BrokenAfterMark(encoding) if zh => format!(
                "文件开头标明是 {0} 编码，但后面的内容不是 {0}，文件可能已损坏。",
                encoding.name()
            ),
            DecodeError::BrokenAfterMark(encoding) => format!(
                "The file starts with a {0} byte-order mark, but what follows is not {0}; the file may be damaged.",
                encoding.name()
            ),
        }
    }
}

/// A decoder for bytes that are not Unicode; `None` when it cannot read them.
pub type Legacy<'a> = &'a dyn Fn(&[u8]) -> Option<String>;

/// Decodes a file: a byte-order mark decides UTF-8 or UTF-16 (and is
/// dropped); without one, valid UTF-8 is UTF-8, and anything else goes to
/// `legacy` if given. CSV passes the browser's GB18030 decoder (what Chinese
/// Excel writes) so its tables stay out of the app's wasm; JSON passes none:
/// JSON files are Unicode by definition (RFC 8259).
pub fn decode(bytes: &[u8], legacy: Option<Legacy>) -> Result<(String, Encoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|text| (text.to_owned(), Encoding::Utf8Bom))
            .map_err(|_| DecodeError::BrokenAfterMark(Encoding::Utf8Bom));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, Encoding::Utf16Be);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), Encoding::Utf8));
    }
    legacy
        .and_then(|decode| decode(bytes))
        .map(|text| (text, Encoding::Legacy))
        .ok_or(DecodeError::NotUnicode)
}

/// UTF-16 code units (of the order `encoding` names) into text; an odd byte
/// count or a lone surrogate, which a real UTF-16 file never has, is an error.
fn utf16(bytes: &[u8], encoding: Encoding) -> Result<(String, Encoding), DecodeError> {
    let broken = DecodeError::BrokenAfterMark(encoding);
    if bytes.len() % 2 != 0 {
        return Err(broken);
    }
    let unit = |pair: &[u8]| match encoding {
        Encoding::Utf16Be => u16::from_be_bytes([pair[0], pair[1]]),
        _ => u16::from_le_bytes([pair[0], pair[1]]),
    };
    char::decode_utf16(bytes.chunks_exact(2).map(unit))
        .collect::<Result<String, _>>()
        .map(|text| (text, encoding))
        .map_err(|_| broken)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    fn utf16be(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        bytes
    }

    #[test]
    fn reads_utf8_with_and_without_its_mark() {
        assert_eq!(
            decode("开场,{}".as_bytes(), None),
            Ok(("开场,{}".to_owned(), Encoding::Utf8))
        );
        assert_eq!(
            decode("\u{feff}开场".as_bytes(), None),
            Ok(("开场".to_owned(), Encoding::Utf8Bom))
        );
    }

    #[test]
    fn reads_utf16_of_either_order_after_its_mark() {
        // 𝄞 is outside the BMP: a surrogate pair in UTF-16.
        let text = "{\"名\": \"直播 𝄞\"}\r\n";
        assert_eq!(
            decode(&utf16le(text), None),
            Ok((text.to_owned(), Encoding::Utf16Le))
        );
        assert_eq!(
            decode(&utf16be(text), None),
            Ok((text.to_owned(), Encoding::Utf16Be))
        );
    }

    #[test]
    fn hands_other_bytes_to_the_legacy_decoder_only() {
        // "开场" in GB18030; the stand-in decoder knows just these bytes.
        let gb = [0xBF, 0xAA, 0xB3, 0xA1];
        let legacy = |bytes: &[u8]| (bytes == gb).then(|| "开场".to_owned());
        assert_eq!(
            decode(&gb, Some(&legacy)),
            Ok(("开场".to_owned(), Encoding::Legacy))
        );
        assert_eq!(decode(&gb, None), Err(DecodeError::NotUnicode));
        assert_eq!(
            decode(&[0xBF, 0xAA], Some(&legacy)),
            Err(DecodeError::NotUnicode)
        );
        // A mark is believed: what follows it never goes to the legacy decoder.
        let mut marked = b"\xEF\xBB\xBF".to_vec();
        marked.extend(gb);
        assert_eq!(
            decode(&marked, Some(&legacy)),
            Err(DecodeError::BrokenAfterMark(Encoding::Utf8Bom))
        );
    }

    #[test]
    fn refuses_broken_utf16() {
        let mut odd = utf16le("ab");
        odd.push(b'c');
        assert_eq!(
            decode(&odd, None),
            Err(DecodeError::BrokenAfterMark(Encoding::Utf16Le))
        );
        // A high surrogate with no low one after it.
        assert_eq!(
            decode(&[0xFE, 0xFF, 0xD8, 0x34, 0x00, 0x41], None),
            Err(DecodeError::BrokenAfterMark(Encoding::Utf16Be))
        );
    }
}
