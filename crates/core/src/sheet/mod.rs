//! Scripts typed in a spreadsheet: reading CSV (and, with the `xlsx` feature,
//! Excel) into a grid of text, mapping its columns to script fields, and
//! turning its rows into segments with every problem named by row and column.

mod csv_text;
mod mapping;
mod rows;
#[cfg(feature = "xlsx")]
mod xlsx;

pub use csv_text::{read_csv, read_csv_file};
pub use mapping::{header_row, ColumnMap, Field};
pub use rows::{to_segments, Issue, IssueKind, SheetImport};
#[cfg(feature = "xlsx")]
pub use xlsx::read_xlsx;

use serde::{Deserialize, Serialize};

use crate::file_text::DecodeError;
use crate::Lang;

/// Rows read from a sheet (empty rows kept out), at most this many.
pub const MAX_ROWS: usize = 1_000;
/// Columns kept from each row. Platform data exports run to 100 columns and more.
pub const MAX_COLUMNS: usize = 200;

/// A sheet as text cells. `row_numbers[i]` is the spreadsheet's own number
/// (1-based) of `rows[i]`, so errors can name the row the user sees.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Sheet {
    pub rows: Vec<Vec<String>>,
    pub row_numbers: Vec<usize>,
}

impl Sheet {
    /// Adds a row unless it is empty; cells are trimmed and the row cut to
    /// [`MAX_COLUMNS`].
    fn push(
        &mut self,
        number: usize,
        cells: impl Iterator<Item = String>,
    ) -> Result<(), SheetError> {
        let mut row: Vec<String> = cells
            .take(MAX_COLUMNS)
            .map(|c| c.trim().to_owned())
            .collect();
        while row.last().is_some_and(String::is_empty) {
            row.pop();
        }
        if row.is_empty() {
            return Ok(());
        }
        if self.rows.len() >= MAX_ROWS {
            return Err(SheetError::TooManyRows { max: MAX_ROWS });
        }
        self.rows.push(row);
        self.row_numbers.push(number);
        Ok(())
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    pub fn cell(&self, row: usize, column: usize) -> &str {
        self.rows
            .get(row)
            .and_then(|r| r.get(column))
            .map_or("", String::as_str)
    }
}

/// Why a sheet could not be read at all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SheetError {
    Empty,
    TooManyRows {
        max: usize,
    },
    /// A CSV line the parser could not read.
    BadCsv {
        row: usize,
    },
    /// A quoted cell that opens on this row and never closes.
    UnclosedQuote {
        row: usize,
    },
    /// The file's bytes are not text (see [`crate::file_text`]).
    NotText(DecodeError),
    /// Not an Excel workbook, or one without a worksheet.
    NotXlsx(String),
}

impl SheetError {
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        match self {
            SheetError::Empty => {
                if zh {
                    "表格是空的：没有找到任何内容。".into()
                } else {
                    "The sheet is empty: no cells with content.".into()
                }
            }
            SheetError::TooManyRows { max } => {
                if zh {
                    format!("行数太多：最多读取 {max} 行。")
                } else {
                    format!("Too many rows: at most {max} are read.")
                }
            }
            SheetError::BadCsv { row } => {
                if zh {
                    format!("第 {row} 行无法按 CSV 读取（可能有未闭合的引号）。")
                } else {
                    format!("Row {row} is not valid CSV (an unclosed quote?).")
                }
            }
            SheetError::UnclosedQuote { row } => {
                if zh {
                    format!("第 {row} 行有一个引号（\"）没有闭合：从这里到文件末尾会被读成同一个单元格。请补上引号后再导入。")
                } else {
                    format!("Row {row} opens a quote (\") that is never closed: everything from there to the end of the file would read as one cell. Close the quote and import again.")
                }
            }
            SheetError::NotText(error) => error.message(lang),
            SheetError::NotXlsx(detail) => {
                if zh {
                    format!("无法作为 Excel（.xlsx）工作簿读取：{detail}")
                } else {
                    format!("Not a readable Excel (.xlsx) workbook: {detail}")
                }
            }
        }
    }
}

/// A column's letter as spreadsheets show it (0 → A, 26 → AA).
pub fn column_letter(column: usize) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::column_letter;

    #[test]
    fn column_letters_follow_spreadsheets() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(column_letter)
            .collect();
        assert_eq!(
            letters,
            ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
        );
    }
}
