//! The first worksheet of an Excel workbook into a [`Sheet`], with calamine.
//! Behind the `xlsx` feature: only the spreadsheet worker pays for it.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::{Sheet, SheetError};

/// Reads the first worksheet. Times of day come out as `20:15`, whole numbers
/// without a decimal point, so they read as a person typed them.
pub fn read_xlsx(bytes: &[u8]) -> Result<Sheet, SheetError> {
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|error| SheetError::NotXlsx(error.to_string()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| SheetError::NotXlsx("no worksheet".into()))?
        .map_err(|error| SheetError::NotXlsx(error.to_string()))?;
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let mut sheet = Sheet::default();
    for (offset, row) in range.rows().enumerate() {
        let number = first_row as usize + offset + 1;
        // Cells left of the used range are empty in the user's view too.
        let leading = std::iter::repeat_n(String::new(), first_column as usize);
        sheet.push(number, leading.chain(row.iter().map(cell_text)))?;
    }
    if sheet.rows.is_empty() {
        return Err(SheetError::Empty);
    }
    Ok(sheet)
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Float(value) if value.fract() == 0.0 && value.abs() < 1e15 => {
            format!("{}", *value as i64)
        }
        Data::Float(value) => value.to_string(),
        Data::Int(value) => value.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(value) => {
            // A time of day is a fraction of a day; dates keep the date too.
            let days = value.as_f64();
            if (0.0..1.0).contains(&days) {
                let minutes = (days * 24.0 * 60.0).round() as u32;
                format!("{}:{:02}", minutes / 60 % 24, minutes % 60)
            } else {
                // Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
                let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
                    .and_then(|d| d.and_hms_opt(0, 0, 0));
                let seconds = (days * 86_400.0).round() as i64;
                epoch
                    .and_then(|e| e.checked_add_signed(chrono::Duration::seconds(seconds)))
                    .map_or_else(
                        || days.to_string(),
                        |d| d.format("%Y-%m-%d %H:%M").to_string(),
                    )
            }
        }
        Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Error(error) => format!("#{error:?}"),
    }
}
