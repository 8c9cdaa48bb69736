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
/// A quote left open is an error naming the row where it opened: the CSV
/// reader would take the rest of the file as that one cell.
pub fn read_csv(text: &str) -> Result<Sheet, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = separator(text);
    if let Some(row) = unclosed_quote(text, separator) {
        return Err(SheetError::UnclosedQuote { row });
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet::default();
    // Rows as a spreadsheet numbers them: a blank line is a row, a quoted
    // cell spanning lines is not. The reader skips blank lines silently, so
    // they are counted from where each record starts.
    let mut row = 0;
    for record in reader.records() {
        let record = record.map_err(|_| SheetError::BadCsv { row: row + 1 })?;
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let mut skipped = text.get(start..).unwrap_or("");
        // After a "\r\n" the reader's position sits on its "\n", which ends
        // the row before (Excel on Windows writes "\r\n").
        if start > 0 && text.as_bytes()[start - 1] == b'\r' {
            skipped = skipped.strip_prefix('\n').unwrap_or(skipped);
        }
        let breaks = skipped.len() - skipped.trim_start_matches(['\r', '\n']).len();
        row += row_ends(&skipped[..breaks]) + 1;
        sheet.push(row, record.iter().map(str::to_owned))?;
    }
    if sheet.rows.is_empty() {
        return Err(SheetError::Empty);
    }
    Ok(sheet)
}

/// Row ends in `text`: "\r\n", a lone "\r" and a lone "\n" each end one.
fn row_ends(text: &str) -> usize {
    text.matches("\r\n").count() + text.replace("\r\n", "").matches(['\r', '\n']).count()
}

/// The row (as [`read_csv`] numbers rows) of a quote that opens a cell and is
/// never closed; `None` when every quoted cell ends. Follows the CSV reader's
/// rules: a quote opens a cell only as its first character, `""` inside quotes
/// is a quote, and a quote inside an unquoted cell is just a character.
fn unclosed_quote(text: &str, separator: u8) -> Option<usize> {
    let separator = char::from(separator);
    let mut row = 1;
    let mut opened_at = None;
    let mut cell_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if opened_at.is_some() {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                }
                '"' => opened_at = None,
                _ => {}
            }
            continue;
        }
        match c {
            '"' if cell_start => {
                opened_at = Some(row);
                cell_start = false;
            }
            // "\r\n" is one row end, as is a lone "\r" or "\n".
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => {
                row += 1;
                cell_start = true;
            }
            c if c == separator => cell_start = true,
            _ => cell_start = false,
        }
    }
    opened_at
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
    fn numbers_rows_alike_whatever_ends_the_lines() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["a", "b", "", "\"c", "d\"", "e", ""].join(end);
            let sheet = read_csv(&text).unwrap();
            assert_eq!(sheet.row_numbers, [1, 2, 4, 5], "{end:?}");
        }
    }

    #[test]
    fn picks_the_separator_from_the_first_line() {
        assert_eq!(read_csv("a;b;c\n1;2;3").unwrap().rows[1], ["1", "2", "3"]);
        assert_eq!(read_csv("a\tb\n1,5\t2").unwrap().rows[1], ["1,5", "2"]);
        assert_eq!(read_csv("a,b;c\n1,2;3").unwrap().rows[1], ["1", "2;3"]);
    }

    #[test]
    fn an_unclosed_quote_names_the_row_it_opened_on() {
        // Row 3 opens a quote that never closes; the rows after it would
        // otherwise vanish into that one cell.
        let text = "时间段,环节\n20:00-20:15,开场\n20:15-20:30,\"讲解\n20:30-20:45,逼单\n20:45-21:00,收尾\n";
        assert_eq!(read_csv(text), Err(SheetError::UnclosedQuote { row: 3 }));
        // Rows count as read_csv counts them: blank lines and CRLF included,
        // lines inside a closed multi-line cell not.
        let text = "a,b\r\n\r\n\"x\ny\",1\r\n2,\"open";
        assert_eq!(read_csv(text), Err(SheetError::UnclosedQuote { row: 4 }));
        let closed = "a,b\r\n\r\n\"x\ny\",1\r\n2,\"closed\"";
        assert_eq!(read_csv(closed).unwrap().row_numbers, [1, 3, 4]);
        // Tab-separated: the quote opens the second cell.
        assert_eq!(
            read_csv("a\tb\n1\t\"2\n"),
            Err(SheetError::UnclosedQuote { row: 2 })
        );
        let message = SheetError::UnclosedQuote { row: 3 }.message(crate::Lang::ZhCn);
        assert!(message.contains("第 3 行"), "{message}");
        let message = SheetError::UnclosedQuote { row: 3 }.message(crate::Lang::En);
        assert!(message.contains("Row 3"), "{message}");
    }

    #[test]
    fn quotes_that_close_or_are_plain_characters_are_no_error() {
        // "" inside quotes is a quote; a quote inside an unquoted cell is a
        // character; text after a closing quote joins the cell.
        let text = "话术,备注\n\"他说\"\"买\"\"\",5\"屏\n\"a\"b,\"\"\n";
        let sheet = read_csv(text).unwrap();
        assert_eq!(sheet.rows[1], ["他说\"买\"", "5\"屏"]);
        assert_eq!(sheet.rows[2], ["ab"]);
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
