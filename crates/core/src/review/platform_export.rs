//! A platform's data export (Douyin Compass, Kuaishou, Taobao Live, or a
//! team's own sheet) read into a show's figures. Columns are recognised by
//! their header in either language; rates and columns it does not know are
//! left out and named, never guessed. A sheet of several shows gives the row
//! whose start date is the show's.

use chrono::NaiveDate;

use crate::format::parse_number;
use crate::kpi::Figure;
use crate::sheet::Sheet;
use crate::Lang;

/// What a sheet gave: the figures found, and the headers left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FigureReading {
    pub figures: Vec<(Figure, f64)>,
    /// Headers not read: rates (the review computes its own), columns it does
    /// not know, and a second column for a figure already read.
    pub ignored: Vec<String>,
}

/// Why no figures could be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportError {
    /// No header names a figure.
    NoFigures,
    /// Several rows of data and none, or several, start on the show's day.
    WhichRow { rows: usize },
    /// A figure's cell that is not a number; `row` as the sheet numbers it.
    NotANumber {
        figure: Figure,
        row: usize,
        text: String,
    },
}

impl ExportError {
    pub fn message(&self, lang: Lang, figure_name: impl Fn(Figure) -> &'static str) -> String {
        let zh = lang == Lang::ZhCn;
        match self {
            ExportError::NoFigures if zh => {
                "文件里没有认出任何数据列（如“观看人数”“成交金额”）。请用平台导出的原始文件。".into()
            }
            ExportError::NoFigures => "No column of the file names a figure (such as \"Viewers\" or \"GMV\"). Use the file as the platform exported it.".into(),
            ExportError::WhichRow { rows } if zh => format!(
                "文件有 {rows} 行数据，但无法按开播日期找到本场的那一行。请只保留本场的一行再导入。"
            ),
            ExportError::WhichRow { rows } => format!(
                "The file has {rows} rows of data, and no single one starts on this show's day. Keep only this show's row and import again."
            ),
            ExportError::NotANumber { figure, row, text } if zh => {
                format!("第 {row} 行的“{}”不是数字：{text}", figure_name(*figure))
            }
            ExportError::NotANumber { figure, row, text } => {
                format!("\"{}\" in row {row} is not a number: {text}", figure_name(*figure))
            }
        }
    }
}

/// Reads the figures of the show that started on `show_day`. Two layouts:
/// a header row (after any title rows) with the data below it, one row, or
/// one per show with a start-time column; or two columns of name and value.
pub fn read_figures(sheet: &Sheet, show_day: NaiveDate) -> Result<FigureReading, ExportError> {
    let columns =
        |row: &Vec<String>| -> Vec<Column> { row.iter().map(|h| Column::of(h)).collect() };
    // A header names two figures or more: one could be a name-value row.
    let header = sheet.rows.iter().take(HEADER_SEARCH_ROWS).position(|row| {
        columns(row)
            .iter()
            .filter(|c| matches!(c, Column::Figure(_)))
            .count()
            >= 2
    });
    match header {
        Some(header) => read_across(sheet, header, &columns(&sheet.rows[header]), show_day),
        None => read_down(sheet),
    }
}

/// How far down a header row is looked for, past an export's title rows.
const HEADER_SEARCH_ROWS: usize = 10;

/// The header row names the figures; the data is the row below, or the one
/// row of the show's day.
fn read_across(
    sheet: &Sheet,
    header: usize,
    columns: &[Column],
    show_day: NaiveDate,
) -> Result<FigureReading, ExportError> {
    let first = header + 1;
    let row = match sheet.rows.len() - first {
        0 => return Err(ExportError::NoFigures),
        1 => first,
        rows => {
            let start = columns.iter().position(|c| *c == Column::Start);
            let on_the_day: Vec<usize> = (first..sheet.rows.len())
                .filter(|&r| start.is_some_and(|c| starts_on(sheet.cell(r, c), show_day)))
                .collect();
            match on_the_day.as_slice() {
                [only] => *only,
                _ => return Err(ExportError::WhichRow { rows }),
            }
        }
    };
    let mut reading = FigureReading::default();
    for (index, column) in columns.iter().enumerate() {
        let name = sheet.cell(header, index);
        match column {
            Column::Figure(figure) => {
                let text = sheet.cell(row, index);
                reading.add(*figure, name, text, sheet.row_numbers[row])?;
            }
            Column::Start => {}
            Column::Other if !name.is_empty() => reading.ignored.push(name.to_owned()),
            Column::Other => {}
        }
    }
    Ok(reading)
}

/// Each row is a figure's name, then its value.
fn read_down(sheet: &Sheet) -> Result<FigureReading, ExportError> {
    let mut reading = FigureReading::default();
    for (row, cells) in sheet.rows.iter().enumerate() {
        let name = cells.first().map_or("", String::as_str);
        match Column::of(name) {
            Column::Figure(figure) => {
                let text = cells.get(1).map_or("", String::as_str);
                reading.add(figure, name, text, sheet.row_numbers[row])?;
            }
            _ if !name.is_empty() => reading.ignored.push(name.to_owned()),
            _ => {}
        }
    }
    if reading.figures.is_empty() {
        return Err(ExportError::NoFigures);
    }
    Ok(reading)
}

impl FigureReading {
    /// Puts the figures read into a show's actuals; the others stay as they were.
    pub fn apply(&self, actuals: &mut crate::model::ShowActuals) {
        for (figure, value) in &self.figures {
            figure.set(actuals, *value);
        }
    }

    fn add(
        &mut self,
        figure: Figure,
        header: &str,
        text: &str,
        row: usize,
    ) -> Result<(), ExportError> {
        if self.figures.iter().any(|(f, _)| *f == figure) {
            self.ignored.push(header.to_owned());
            return Ok(());
        }
        let value = match figure {
            Figure::AverageWatchSeconds => parse_seconds(text),
            _ => parse_amount(text),
        };
        match value {
            Some(Some(v)) if v >= 0.0 => self.figures.push((figure, v)),
            // An empty cell: the platform has no figure for it.
            Some(None) => {}
            _ => {
                return Err(ExportError::NotANumber {
                    figure,
                    row,
                    text: text.to_owned(),
                })
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Column {
    Figure(Figure),
    /// When the show started: picks the row in a sheet of several shows.
    Start,
    Other,
}

impl Column {
    fn of(header: &str) -> Column {
        let header = header.trim().to_lowercase();
        if header.is_empty() {
            return Column::Other;
        }
        // Rates and shares are the review's to compute, not figures.
        if ["率", "占比", "rate", "%", "人均"]
            .iter()
            .any(|w| header.contains(w))
            && !header.contains("时长")
        {
            return Column::Other;
        }
        if [
            "开播时间",
            "开始时间",
            "直播时间",
            "开播日期",
            "日期",
            "start",
            "date",
        ]
        .iter()
        .any(|w| header.contains(w))
        {
            return Column::Start;
        }
        HEADER_WORDS
            .iter()
            .find(|(_, words)| words.iter().any(|w| header.contains(w)))
            .map_or(Column::Other, |(figure, _)| Column::Figure(*figure))
    }
}

/// Header words per figure, lower-case. The first figure whose word the
/// header contains wins, so the more specific come first: "退款金额" is a
/// refund, not sales; "平均观看时长" is a duration, not viewers.
const HEADER_WORDS: [(Figure, &[&str]); 17] = [
    (
        Figure::RefundedOrders,
        &["退款订单", "退货订单", "refunded order"],
    ),
    (
        Figure::RefundAmount,
        &["退款金额", "退货金额", "refund amount", "refunds"],
    ),
    (
        Figure::AverageWatchSeconds,
        &["观看时长", "停留时长", "watch time", "average watch"],
    ),
    (
        Figure::PeakOnline,
        &["最高在线", "在线峰值", "峰值在线", "peak"],
    ),
    (
        Figure::NewFollowers,
        &["新增粉丝", "新增关注", "涨粉", "new follower"],
    ),
    (Figure::ProductExposures, &["商品曝光", "product exposure"]),
    (Figure::ProductClicks, &["商品点击", "product click"]),
    (Figure::InteractingViewers, &["互动人数", "interacting"]),
    (
        Figure::Buyers,
        &["成交人数", "支付人数", "下单人数", "买家数", "buyers"],
    ),
    (
        Figure::Orders,
        &["成交订单", "订单数", "支付订单", "成交单数", "orders"],
    ),
    (
        Figure::Gmv,
        &["成交金额", "支付金额", "销售额", "gmv", "sales"],
    ),
    (
        Figure::Viewers,
        &["观看人数", "观看用户", "场观人数", "viewers"],
    ),
    (
        Figure::Views,
        &["观看次数", "观看人次", "浏览次数", "views"],
    ),
    (Figure::Comments, &["评论", "comments"]),
    (Figure::Shares, &["分享", "shares"]),
    (Figure::GiftValue, &["礼物", "音浪", "打赏", "gift"]),
    (
        Figure::Spend,
        &["投放消耗", "消耗", "花费", "投放金额", "spend", "ad cost"],
    ),
];

/// A count or amount as exports write them: "12,345", "¥1,234.5",
/// "1.2万", "3亿", "1.5w". Ok(None) for an empty cell or a dash.
fn parse_amount(text: &str) -> Option<Option<f64>> {
    let text = text.trim();
    if text.is_empty() || text == "-" || text == "--" {
        return Some(None);
    }
    let (number, factor) = match text.chars().last() {
        Some('万' | 'w' | 'W') => (&text[..text.len() - text.chars().last()?.len_utf8()], 1e4),
        Some('亿') => (&text[..text.len() - '亿'.len_utf8()], 1e8),
        _ => (text, 1.0),
    };
    let number = number.trim_end_matches(['元', '个', '人', '次', '单']);
    parse_number(number).ok().map(|v| v.map(|v| v * factor))
}

/// A duration as exports write it: "95" (seconds), "1:35", "00:01:35",
/// "1分35秒", "95秒", "2min 5s".
fn parse_seconds(text: &str) -> Option<Option<f64>> {
    let text = text.trim();
    if text.is_empty() || text == "-" || text == "--" {
        return Some(None);
    }
    if text.contains(':') {
        let mut seconds = 0.0;
        for part in text.split(':') {
            seconds = seconds * 60.0 + part.trim().parse::<f64>().ok()?;
        }
        return Some(Some(seconds));
    }
    let mut seconds = 0.0;
    let mut number = String::new();
    let mut any_unit = false;
    for c in text.chars() {
        if c.is_ascii_digit() || c == '.' {
            number.push(c);
            continue;
        }
        let factor = match c {
            '时' | 'h' => 3600.0,
            '分' | 'm' => 60.0,
            '秒' | 's' => 1.0,
            _ => continue,
        };
        if !number.is_empty() {
            seconds += number.parse::<f64>().ok()? * factor;
            number.clear();
            any_unit = true;
        }
    }
    if !number.is_empty() {
        // A bare number is seconds; a number after a unit ("1分35") too.
        seconds += number.parse::<f64>().ok()?;
    } else if !any_unit {
        return None;
    }
    Some(Some(seconds))
}

/// Whether a start-time cell ("2026-12-02 20:00", "2026/12/2", "12月2日")
/// falls on `day`.
fn starts_on(cell: &str, day: NaiveDate) -> bool {
    let digits: Vec<u32> = cell
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    use chrono::Datelike;
    match digits.as_slice() {
        [year, month, date, ..] if *year > 31 => {
            (*year as i32, *month, *date) == (day.year(), day.month(), day.day())
        }
        [month, date, ..] => (*month, *date) == (day.month(), day.day()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_as_exports_write_them() {
        assert_eq!(parse_amount("12,345"), Some(Some(12_345.0)));
        assert_eq!(parse_amount("¥1,234.5"), Some(Some(1_234.5)));
        assert_eq!(parse_amount("1.2万"), Some(Some(12_000.0)));
        assert_eq!(parse_amount("1.5w"), Some(Some(15_000.0)));
        assert_eq!(parse_amount("3亿"), Some(Some(300_000_000.0)));
        assert_eq!(parse_amount("75单"), Some(Some(75.0)));
        assert_eq!(parse_amount("--"), Some(None));
        assert_eq!(parse_amount("abc"), None);
    }

    #[test]
    fn durations_read_in_every_common_form() {
        for text in [
            "95",
            "1:35",
            "00:01:35",
            "1分35秒",
            "95秒",
            "1m35s",
            "1分35",
        ] {
            assert_eq!(parse_seconds(text), Some(Some(95.0)), "{text}");
        }
        assert_eq!(parse_seconds("很久"), None);
    }

    #[test]
    fn start_cells_match_the_show_day() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert!(starts_on("2026-12-02 20:00:00", day));
        assert!(starts_on("2026/12/2", day));
        assert!(starts_on("12月2日 20:00", day));
        assert!(!starts_on("2026-12-20 20:00", day));
        assert!(!starts_on("2025-12-02", day));
        assert!(!starts_on("", day));
    }
}
