//! Every import decodes a file's bytes the same way (`file_text::decode`):
//! a `.livedesk.json` on the data page or the scripts page, and a CSV script,
//! read alike in UTF-8 with or without its mark and in UTF-16 of either byte
//! order after its mark. Only CSV falls back on GB18030 (what Chinese Excel
//! writes); a JSON file in it is refused with a clear message.

use livedesk_core::document::{Document, Kind};
use livedesk_core::file_text::{decode, DecodeError, Encoding};
use livedesk_core::problem::ReadError;
use livedesk_core::sheet::{read_csv, read_csv_file, SheetError};
use livedesk_core::Lang;

const TEMPLATE: &str = include_str!("fixtures/v2/template.livedesk.json");
const WORKSPACE: &str = include_str!("fixtures/v2/workspace.livedesk.json");
const CSV: &str = include_str!("fixtures/sheets/run-sheet.csv");

/// The text in each encoding a file may come in, with its mark.
fn encodings(text: &str) -> Vec<(Encoding, Vec<u8>)> {
    let utf16 = |mark: [u8; 2], unit: fn(u16) -> [u8; 2]| {
        let mut bytes = mark.to_vec();
        bytes.extend(text.encode_utf16().flat_map(unit));
        bytes
    };
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(text.as_bytes());
    vec![
        (Encoding::Utf8, text.as_bytes().to_vec()),
        (Encoding::Utf8Bom, bom),
        (Encoding::Utf16Le, utf16([0xFF, 0xFE], u16::to_le_bytes)),
        (Encoding::Utf16Be, utf16([0xFE, 0xFF], u16::to_be_bytes)),
    ]
}

/// Stands in for the browser's GB18030 decoder: it knows the one file
/// these tests give it, as Chinese Excel would have saved it.
fn gb18030_file() -> (Vec<u8>, &'static str) {
    // "环节,产品\n开场,\n讲解,修护面霜\n" in GB18030 (as the e2e test's GBK file).
    let bytes = vec![
        0xBB, 0xB7, 0xBD, 0xDA, 0x2C, 0xB2, 0xFA, 0xC6, 0xB7, 0x0A, 0xBF, 0xAA, 0xB3, 0xA1, 0x2C,
        0x0A, 0xBD, 0xB2, 0xBD, 0xE2, 0x2C, 0xD0, 0xDE, 0xBB, 0xA4, 0xC3, 0xE6, 0xCB, 0xAA, 0x0A,
    ];
    (bytes, "环节,产品\n开场,\n讲解,修护面霜\n")
}

#[test]
fn a_livedesk_file_reads_the_same_in_every_unicode_encoding() {
    for text in [TEMPLATE, WORKSPACE] {
        let expected = Document::read(text).unwrap();
        for (encoding, bytes) in encodings(text) {
            assert_eq!(
                Document::read_file(&bytes).as_ref(),
                Ok(&expected),
                "{encoding:?}"
            );
            assert_eq!(
                Document::read_file_kind(&bytes, expected.kind()).as_ref(),
                Ok(&expected),
                "{encoding:?}"
            );
        }
    }
    // The scripts page asks for a template and refuses anything else, in any encoding.
    for (encoding, bytes) in encodings(WORKSPACE) {
        assert!(
            matches!(
                Document::read_file_kind(&bytes, Kind::Template),
                Err(ReadError::WrongKind { .. })
            ),
            "{encoding:?}"
        );
    }
}

#[test]
fn a_csv_script_reads_the_same_in_every_encoding() {
    let expected = read_csv(CSV).unwrap();
    let no_legacy = |_: &[u8]| -> Option<String> { panic!("a Unicode file went to GB18030") };
    for (encoding, bytes) in encodings(CSV) {
        assert_eq!(
            read_csv_file(&bytes, &no_legacy).as_ref(),
            Ok(&expected),
            "{encoding:?}"
        );
    }
    let (gb, text) = gb18030_file();
    let legacy = |bytes: &[u8]| (bytes == gb).then(|| text.to_owned());
    assert_eq!(read_csv_file(&gb, &legacy), read_csv(text));
    assert_eq!(
        read_csv_file(&gb, &legacy).unwrap().rows[2],
        ["讲解", "修护面霜"]
    );
}

#[test]
fn json_is_never_read_as_gb18030() {
    let (gb, _) = gb18030_file();
    let err = Document::read_file(&gb).unwrap_err();
    assert_eq!(err, ReadError::NotText(DecodeError::NotUnicode));
    assert!(err.message(Lang::ZhCn).contains("UTF-8"));
    assert!(err.message(Lang::En).contains("not UTF-8 or UTF-16 text"));
    assert!(matches!(
        Document::read_file_kind(&gb, Kind::Template),
        Err(ReadError::NotText(_))
    ));
}

#[test]
fn a_mark_that_lies_is_named_on_both_paths() {
    // A UTF-16 mark before an odd number of bytes.
    let bytes = b"\xFF\xFE{\"a\":1}".to_vec();
    assert_eq!(
        decode(&bytes, None),
        Err(DecodeError::BrokenAfterMark(Encoding::Utf16Le))
    );
    let err = Document::read_file(&bytes).unwrap_err();
    assert!(err.message(Lang::En).contains("UTF-16 LE"), "{err:?}");
    let legacy = |_: &[u8]| Some(String::from("never asked"));
    assert_eq!(
        read_csv_file(&bytes, &legacy),
        Err(SheetError::NotText(DecodeError::BrokenAfterMark(
            Encoding::Utf16Le
        )))
    );
}

#[test]
fn the_size_limit_is_checked_before_decoding() {
    let huge = vec![b' '; livedesk_core::limits::MAX_FILE_BYTES + 1];
    assert!(matches!(
        Document::read_file(&huge),
        Err(ReadError::TooLarge { .. })
    ));
}
