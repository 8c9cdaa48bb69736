//! A plan's reviews as a CSV file for a spreadsheet: one row per reviewed
//! show with every figure and metric.

use crate::kpi::{Figure, Metric};
use crate::model::Show;

/// The column names of [`reviews_csv`], in the reader's language.
pub struct CsvHeadings<'a> {
    pub start: &'a str,
    pub title: &'a str,
    pub theme: &'a str,
    pub figure: &'a dyn Fn(Figure) -> &'a str,
    pub metric: &'a dyn Fn(Metric) -> &'a str,
    pub notes: &'a str,
}

/// One row per show that has figures, in start order: when, title, theme,
/// every figure, every metric (rates as fractions, empty where a denominator
/// is 0) and the review notes. Starts with a byte-order mark so Excel reads
/// it as UTF-8. Text that a spreadsheet would take for a formula (=, +, -, @)
/// is prefixed with an apostrophe.
pub fn reviews_csv(shows: &[&Show], headings: &CsvHeadings) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        headings.start.to_owned(),
        headings.title.to_owned(),
        headings.theme.to_owned(),
    ];
    header.extend(Figure::ALL.iter().map(|&f| (headings.figure)(f).to_owned()));
    header.extend(Metric::ALL.iter().map(|&m| (headings.metric)(m).to_owned()));
    header.push(headings.notes.to_owned());
    // Writing to a Vec cannot fail; a failed row would only be left out.
    let _ = writer.write_record(&header);
    let mut shows: Vec<&&Show> = shows.iter().filter(|s| s.actuals.is_some()).collect();
    shows.sort_by_key(|s| s.starts_at);
    for show in shows {
        let Some(actuals) = &show.actuals else {
            continue;
        };
        let mut row = vec![
            show.starts_at.format("%Y-%m-%d %H:%M").to_string(),
            safe_text(&show.title),
            safe_text(&show.theme),
        ];
        row.extend(Figure::ALL.iter().map(|f| number(f.get(actuals))));
        row.extend(
            Metric::ALL
                .iter()
                .map(|m| m.of(actuals).map(number).unwrap_or_default()),
        );
        row.push(safe_text(&show.review_notes));
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

fn number(value: f64) -> String {
    // Up to six decimals, trailing zeros dropped: 0.0375, 15000, 0.3.
    crate::format::plain(value)
}

/// Text a spreadsheet would run as a formula gets a leading apostrophe.
fn safe_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviews_export_one_row_per_reviewed_show() {
        use crate::model::{Platform, ShowActuals};
        use chrono::NaiveDate;
        let show = |title: &str, day: u32, gmv: Option<f64>| Show {
            id: crate::model::Id::new(format!("s{day}")).unwrap(),
            plan_id: None,
            title: title.into(),
            theme: String::new(),
            platform: Platform::Douyin,
            starts_at: NaiveDate::from_ymd_opt(2026, 12, day)
                .unwrap()
                .and_hms_opt(20, 0, 0)
                .unwrap(),
            planned_minutes: 120,
            script: None,
            checklist_done: Vec::new(),
            assignments: Vec::new(),
            actuals: gmv.map(|gmv| ShowActuals {
                viewers: 50_000,
                product_clicks: 2_000,
                orders: 75,
                gmv,
                ..ShowActuals::default()
            }),
            review_notes: "多讲对比, \"置顶\"".into(),
            timer: None,
        };
        let (later, none, earlier) = (
            show("=HYPERLINK(1)", 9, Some(15_000.0)),
            show("no figures", 5, None),
            show("首场", 2, Some(9_000.0)),
        );
        let figure = |f: Figure| match f {
            Figure::Gmv => "GMV",
            _ => "f",
        };
        let metric = |m: Metric| match m {
            Metric::ConversionRate => "conv",
            _ => "m",
        };
        let text = reviews_csv(
            &[&later, &none, &earlier],
            &CsvHeadings {
                start: "start",
                title: "title",
                theme: "theme",
                figure: &figure,
                metric: &metric,
                notes: "notes",
            },
        );
        assert!(text.starts_with('\u{feff}'));
        // Read back with the csv crate, as a spreadsheet would.
        let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        assert_eq!(rows.len(), 3, "header and two reviewed shows");
        let header = &rows[0];
        let gmv = header.iter().position(|h| h == "GMV").unwrap();
        let conv = header.iter().position(|h| h == "conv").unwrap();
        assert_eq!(header.len(), 3 + 17 + 23 + 1);
        assert_eq!(rows[1][1], "首场", "in start order");
        assert_eq!(rows[1][gmv], "9000");
        assert_eq!(rows[2][1], "'=HYPERLINK(1)", "formulas are defused");
        assert_eq!(rows[2][conv], "0.0375");
        assert_eq!(rows[2].last().unwrap(), "多讲对比, \"置顶\"");
    }
}
