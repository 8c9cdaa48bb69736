//! CSV files into a [`Sheet`]. Bytes are decoded by the one decoder every
//! import shares ([`file_text::decode`]); GB18030, which Chinese Excel writes,
//! is decoded by the caller (the browser's `TextDecoder`), so its tables stay
//! out of the app's wasm.

use super::{Sheet, SheetError};
use crate::file_text;

/// Reads a CSV file's bytes: UTF-8 with or without a byte-order mark, UTF-16
/// after its mark, and anything else through `gb18030` (the caller's decoder).
pub fn read_csv_file(
    bytes: &[u8],
    gb18030: &dyn Fn(&[u8]) -> Option<String>,
) -> Result<Sheet, SheetError> {
    let (text, _) = file_text::decode(bytes, Some(gb18030)).map_err(SheetError::NotText)?;
    read_csv(&text)
}

/// Reads CSV text: a byte-order mark is skipped, the separator (comma,
/// semicolon or tab) is taken from the first line, quoted cells may span lines.
pub fn read_csv(text: &str) -> Result<Sheet, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(text))
        .from_reader(text.as_bytes());
    let mut sheet = Sheet::default();
    // Rows as a spreadsheet numbers them: a blank line is a row, a quoted
    // cell spanning lines is not. The reader skips blank lines silently, so
    // they are counted from where each record starts.
    let mut row = 0;
    for record in reader.records() {
        let record = record.map_err(|_| SheetError::BadCsv { row: row + 1 })?;
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let skipped = text.get(start..).unwrap_or("");
        let blank_rows = skipped
            .chars()
            .take_while(|&c| c == '\n' || c == '\r')
            .filter(|&c| c == '\n')
            .count();
        row += blank_rows + 1;
        sheet.push(row, record.iter().map(str::to_owned))?;
    }
    if sheet.rows.is_empty() {
        return Err(SheetError::Empty);
    }
    Ok(sheet)
}

/// The separator that occurs most in the first line, comma on a tie.
fn separator(text: &str) -> u8 {
    let first_line = text.lines().next().unwrap_or("");
    let count = |c: char| first_line.matches(c).count();
    [(b'\t', count('\t')), (b';', count(';'))]
        .into_iter()
        .filter(|&(_, n)| n > count(','))
        .max_by_key(|&(_, n)| n)
        .map_or(b',', |(sep, _)| sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_multiline_cells_and_numbers_rows_as_the_file_does() {
        let text = "\u{feff}时间段,环节,话术\n\n20:00-20:15,开场,\"欢迎！\n先点关注\"\n20:15-20:30,讲解,\n";
        let sheet = read_csv(text).unwrap();
        assert_eq!(sheet.rows.len(), 3);
        assert_eq!(sheet.rows[0], ["时间段", "环节", "话术"]);
        assert_eq!(sheet.rows[1][2], "欢迎！\n先点关注");
        assert_eq!(sheet.rows[2], ["20:15-20:30", "讲解"]);
        assert_eq!(
            sheet.row_numbers,
            [1, 3, 4],
            "a blank line is a row, a line inside quotes is not"
        );
    }

    #[test]
    fn picks_the_separator_from_the_first_line() {
        assert_eq!(read_csv("a;b;c\n1;2;3").unwrap().rows[1], ["1", "2", "3"]);
        assert_eq!(read_csv("a\tb\n1,5\t2").unwrap().rows[1], ["1,5", "2"]);
        assert_eq!(read_csv("a,b;c\n1,2;3").unwrap().rows[1], ["1", "2;3"]);
    }

    #[test]
    fn refuses_empty_and_unreadable_text() {
        assert_eq!(read_csv(""), Err(SheetError::Empty));
        assert_eq!(read_csv(" , ,\n,,"), Err(SheetError::Empty));
        let rows = "x\n".repeat(super::super::MAX_ROWS + 1);
        assert!(matches!(
            read_csv(&rows),
            Err(SheetError::TooManyRows { .. })
        ));
    }
}
