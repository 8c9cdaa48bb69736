//! A mapped sheet's rows into segments. Every problem names the spreadsheet's
//! row and column; errors stop the import, warnings only tell (a product not in
//! the catalogue is kept as text, an owner that is no role goes to the notes).

use chrono::NaiveTime;

use super::mapping::header_row;
use super::{column_letter, ColumnMap, Field, Sheet};
use crate::limits::{MAX_NAME_CHARS, MAX_SEGMENTS, MAX_SEGMENT_SECONDS, MAX_TEXT_CHARS};
use crate::model::{IdSource, InteractionKind, Product, Role, Segment, SegmentKind};
use crate::Lang;

/// What reading the rows gave: the segments, each with its row number, and
/// every problem found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SheetImport {
    /// The index (in `sheet.rows`) of the header row; data starts below it.
    pub header_row: usize,
    pub segments: Vec<(usize, Segment)>,
    pub issues: Vec<Issue>,
}

impl SheetImport {
    /// Whether the segments may be used: at least one and no errors.
    pub fn is_importable(&self) -> bool {
        !self.segments.is_empty() && !self.issues.iter().any(Issue::is_error)
    }
}

/// A problem at a row (the spreadsheet's number) and, mostly, a column.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub row: usize,
    pub column: Option<usize>,
    pub field: Option<Field>,
    pub kind: IssueKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum IssueKind {
    /// Error: neither a `20:00-20:15` slot nor a number of minutes.
    BadTimeSlot(String),
    /// Error: the slot is empty or ends where it starts.
    EmptyTimeSlot,
    /// Error: longer than a segment may be.
    SlotTooLong { minutes: u32 },
    /// Error: no segment kind in the text and no product to explain.
    UnknownSegment(String),
    /// Error: the cell is longer than the field allows.
    TooLong { max: usize },
    /// Error: more rows than a script may have segments.
    TooManySegments { max: usize },
    /// Error: no column holds the segment or the product.
    NothingMapped,
    /// Warning: no catalogue product has this name; kept in the title.
    UnknownProduct(String),
    /// Warning: not one of the four roles; kept in the notes.
    UnknownOwner(String),
}

impl Issue {
    pub fn is_error(&self) -> bool {
        !matches!(
            self.kind,
            IssueKind::UnknownProduct(_) | IssueKind::UnknownOwner(_)
        )
    }

    /// "Row 4, column C (Lines): …" in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        let place = match (self.column, self.field) {
            (Some(column), Some(field)) if zh => {
                format!(
                    "第 {} 行 {} 列（{}）",
                    self.row,
                    column_letter(column),
                    field.label(lang)
                )
            }
            (Some(column), Some(field)) => format!(
                "Row {}, column {} ({})",
                self.row,
                column_letter(column),
                field.label(lang)
            ),
            _ if zh => format!("第 {} 行", self.row),
            _ => format!("Row {}", self.row),
        };
        let what = match &self.kind {
            IssueKind::BadTimeSlot(text) if zh => {
                format!("“{text}”不是时间段，请写成 20:00-20:15 或分钟数（如 15）")
            }
            IssueKind::BadTimeSlot(text) => {
                format!("“{text}” is not a time slot; write 20:00-20:15 or minutes (e.g. 15)")
            }
            IssueKind::EmptyTimeSlot if zh => "时间段为空或时长为 0".into(),
            IssueKind::EmptyTimeSlot => "the time slot is empty or lasts 0 minutes".into(),
            IssueKind::SlotTooLong { minutes } if zh => {
                format!("时长 {minutes} 分钟，超过一个环节最多 {} 分钟", MAX_SEGMENT_SECONDS / 60)
            }
            IssueKind::SlotTooLong { minutes } => format!(
                "{minutes} minutes is longer than a segment may be ({} at most)",
                MAX_SEGMENT_SECONDS / 60
            ),
            IssueKind::UnknownSegment(text) if zh => format!(
                "看不出“{text}”是哪种环节，请包含 开场/讲解/互动/逼单/收尾/休息 之一，或填写产品"
            ),
            IssueKind::UnknownSegment(text) => format!(
                "cannot tell which kind of segment “{text}” is; include opening/explain/interaction/close/wrap-up/break, or fill in a product"
            ),
            IssueKind::TooLong { max } if zh => format!("内容太长，最多 {max} 个字"),
            IssueKind::TooLong { max } => format!("too long, at most {max} characters"),
            IssueKind::TooManySegments { max } if zh => {
                format!("一个脚本最多 {max} 个环节，多出的行没有导入")
            }
            IssueKind::TooManySegments { max } => {
                format!("a script holds at most {max} segments; the rows past that were not read")
            }
            IssueKind::NothingMapped if zh => "请至少为“环节”或“产品”选择一列".into(),
            IssueKind::NothingMapped => "choose a column for Segment or Product at least".into(),
            IssueKind::UnknownProduct(name) if zh => {
                format!("商品库里没有“{name}”，已写进环节标题，导入后可再选择产品")
            }
            IssueKind::UnknownProduct(name) => format!(
                "no product named “{name}” in the catalogue; kept in the title, pick the product after the import"
            ),
            IssueKind::UnknownOwner(text) if zh => {
                format!("“{text}”不是 主播/助播/场控/客服 之一，已写进备注")
            }
            IssueKind::UnknownOwner(text) => format!(
                "“{text}” is not anchor, assistant host, floor control or customer service; kept in the notes"
            ),
        };
        format!("{place}: {what}")
    }
}

/// Reads the rows below the header into segments.
pub fn to_segments(
    sheet: &Sheet,
    map: &ColumnMap,
    products: &[Product],
    ids: &mut dyn IdSource,
) -> SheetImport {
    let header = header_row(sheet);
    let mut import = SheetImport {
        header_row: header,
        ..SheetImport::default()
    };
    if map.get(Field::Segment).is_none() && map.get(Field::Product).is_none() {
        let row = sheet.row_numbers.get(header).copied().unwrap_or(1);
        import.issues.push(Issue {
            row,
            column: None,
            field: None,
            kind: IssueKind::NothingMapped,
        });
        return import;
    }
    for index in header + 1..sheet.rows.len() {
        let row = sheet.row_numbers[index];
        if import.segments.len() >= MAX_SEGMENTS {
            import.issues.push(Issue {
                row,
                column: None,
                field: None,
                kind: IssueKind::TooManySegments { max: MAX_SEGMENTS },
            });
            break;
        }
        let mut reader = RowReader {
            sheet,
            map,
            index,
            row,
            issues: &mut import.issues,
        };
        if let Some(segment) = reader.segment(products, ids) {
            import.segments.push((row, segment));
        }
    }
    import
}

/// Reads one row, reporting problems against its cells.
struct RowReader<'a> {
    sheet: &'a Sheet,
    map: &'a ColumnMap,
    index: usize,
    row: usize,
    issues: &'a mut Vec<Issue>,
}

impl RowReader<'_> {
    fn cell(&self, field: Field) -> &str {
        self.map
            .get(field)
            .map_or("", |column| self.sheet.cell(self.index, column))
    }

    fn report(&mut self, field: Field, kind: IssueKind) {
        self.issues.push(Issue {
            row: self.row,
            column: self.map.get(field),
            field: Some(field),
            kind,
        });
    }

    /// A cell's text if within `max` characters; too long is reported.
    fn text(&mut self, field: Field, max: usize) -> String {
        let text = self.cell(field).to_owned();
        if text.chars().count() > max {
            self.report(field, IssueKind::TooLong { max });
        }
        text
    }

    fn segment(&mut self, products: &[Product], ids: &mut dyn IdSource) -> Option<Segment> {
        let mapped_cells = Field::ALL
            .iter()
            .filter(|&&f| !self.cell(f).is_empty())
            .count();
        if mapped_cells == 0 {
            return None;
        }
        let planned_seconds = self.planned_seconds();
        let product_text = self.text(Field::Product, MAX_NAME_CHARS);
        let product = find_product(products, &product_text);
        let segment_text = self.text(Field::Segment, MAX_NAME_CHARS);
        let (kind, interaction) = match segment_kind(&segment_text) {
            Some(found) => found,
            None if !product_text.is_empty() => (SegmentKind::ProductExplanation, None),
            None => {
                self.report(
                    Field::Segment,
                    IssueKind::UnknownSegment(segment_text.clone()),
                );
                (SegmentKind::Opening, None)
            }
        };
        let mut title = if segment_text.is_empty() {
            product_text.clone()
        } else {
            segment_text
        };
        if product.is_none() && !product_text.is_empty() {
            self.report(
                Field::Product,
                IssueKind::UnknownProduct(product_text.clone()),
            );
            if !title.contains(&product_text) {
                title = format!("{title} · {product_text}");
            }
        }
        if title.chars().count() > MAX_NAME_CHARS {
            title = title.chars().take(MAX_NAME_CHARS).collect();
        }
        let selling_points = split_list(&self.text(Field::SellingPoints, MAX_TEXT_CHARS), true);
        let lines = split_list(&self.text(Field::Lines, MAX_TEXT_CHARS), false);
        let offer = self.text(Field::Offer, MAX_TEXT_CHARS);
        let mut notes = self.text(Field::Notes, MAX_TEXT_CHARS);
        let owner_text = self.cell(Field::Owner).to_owned();
        let owner = role(&owner_text);
        if owner.is_none() && !owner_text.is_empty() {
            self.report(Field::Owner, IssueKind::UnknownOwner(owner_text.clone()));
            notes = [notes, owner_text]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            notes = notes.chars().take(MAX_TEXT_CHARS).collect();
        }
        Some(Segment {
            id: ids.next_id(),
            kind,
            title,
            planned_seconds: planned_seconds.unwrap_or(15 * 60),
            product_id: product.map(|p| p.id.clone()),
            interaction,
            selling_points,
            lines,
            offer,
            owner,
            notes,
            cues: Vec::new(),
        })
    }

    /// The slot's length; 15 minutes when no column holds the time slot.
    fn planned_seconds(&mut self) -> Option<u32> {
        self.map.get(Field::TimeSlot)?;
        let text = self.cell(Field::TimeSlot).to_owned();
        match slot_seconds(&text) {
            Slot::Seconds(0) | Slot::Empty => {
                self.report(Field::TimeSlot, IssueKind::EmptyTimeSlot);
                None
            }
            Slot::Seconds(seconds) if seconds > MAX_SEGMENT_SECONDS => {
                let minutes = seconds / 60;
                self.report(Field::TimeSlot, IssueKind::SlotTooLong { minutes });
                None
            }
            Slot::Seconds(seconds) => Some(seconds),
            Slot::Unreadable => {
                self.report(Field::TimeSlot, IssueKind::BadTimeSlot(text));
                None
            }
        }
    }
}

enum Slot {
    Empty,
    Seconds(u32),
    Unreadable,
}

/// "20:00-20:15" (a slot across midnight counts on into the next day),
/// "0:00:00–0:15:00", or a number of minutes ("15", "15分钟", "15 min").
fn slot_seconds(text: &str) -> Slot {
    let text = text.trim();
    if text.is_empty() {
        return Slot::Empty;
    }
    let dashes = ['-', '–', '—', '~', '～', '至'];
    if let Some((start, end)) = text.split_once(&dashes[..]) {
        return match (time_of_day(start), time_of_day(end)) {
            (Some(start), Some(end)) => {
                let seconds = (end - start).num_seconds();
                let seconds = if seconds < 0 {
                    seconds + 24 * 3600
                } else {
                    seconds
                };
                Slot::Seconds(u32::try_from(seconds).unwrap_or(u32::MAX))
            }
            _ => Slot::Unreadable,
        };
    }
    let number = text
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '.' || c.is_whitespace())
        .trim();
    match number.parse::<f64>() {
        Ok(minutes) if minutes.is_finite() && minutes >= 0.0 => {
            Slot::Seconds((minutes * 60.0).round().min(f64::from(u32::MAX)) as u32)
        }
        _ => Slot::Unreadable,
    }
}

fn time_of_day(text: &str) -> Option<NaiveTime> {
    let text = text.trim().replace('：', ":");
    NaiveTime::parse_from_str(&text, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(&text, "%H:%M"))
        .ok()
}

/// The kind of segment named in the text, by keywords in either language.
fn segment_kind(text: &str) -> Option<(SegmentKind, Option<InteractionKind>)> {
    let text = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    let interaction = if has(&["抽奖", "福袋", "draw", "giveaway"]) {
        Some(InteractionKind::LuckyDraw)
    } else if has(&["问答", "答疑", "q&a", "question"]) {
        Some(InteractionKind::QAndA)
    } else if has(&["投票", "vote", "poll"]) {
        Some(InteractionKind::Vote)
    } else if has(&["点赞", "like"]) {
        Some(InteractionKind::LikeGoal)
    } else {
        None
    };
    let kind = if has(&["开场", "开播", "opening", "intro", "welcome"]) {
        SegmentKind::Opening
    } else if has(&["逼单", "促单", "催单", "closing", "close", "last call"]) {
        SegmentKind::ClosingSale
    } else if has(&["收尾", "结尾", "下播", "预告", "wrap", "ending", "outro"]) {
        SegmentKind::WrapUp
    } else if has(&["休息", "中场休", "break", "rest"]) {
        SegmentKind::Break
    } else if has(&[
        "讲解", "介绍", "产品", "试用", "演示", "explain", "product", "demo",
    ]) {
        SegmentKind::ProductExplanation
    } else if interaction.is_some() || has(&["互动", "interact", "game"]) {
        SegmentKind::Interaction
    } else {
        return None;
    };
    Some((kind, interaction))
}

/// A catalogue product by name: exact (ignoring case) first, then the one
/// whose name contains the text or is contained in it.
fn find_product<'a>(products: &'a [Product], text: &str) -> Option<&'a Product> {
    let text = text.trim().to_lowercase();
    if text.is_empty() {
        return None;
    }
    products
        .iter()
        .find(|p| p.name.to_lowercase() == text)
        .or_else(|| {
            products.iter().find(|p| {
                let name = p.name.to_lowercase();
                !name.is_empty() && (name.contains(&text) || text.contains(&name))
            })
        })
}

fn role(text: &str) -> Option<Role> {
    let text = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if text.is_empty() {
        None
    } else if has(&["助播", "副播", "assistant"]) {
        Some(Role::AssistantHost)
    } else if has(&["主播", "anchor", "host"]) {
        Some(Role::Anchor)
    } else if has(&["场控", "中控", "运营", "floor", "operator"]) {
        Some(Role::FloorControl)
    } else if has(&["客服", "service", "support"]) {
        Some(Role::CustomerService)
    } else {
        None
    }
}

/// A cell holding several items, one per line (selling points also split at
/// semicolons); list markers like "1." or "•" are dropped.
fn split_list(text: &str, semicolons: bool) -> Vec<String> {
    text.split(|c| c == '\n' || (semicolons && (c == '；' || c == ';')))
        .map(|item| strip_marker(item.trim()).to_owned())
        .filter(|item| !item.is_empty())
        .collect()
}

/// Drops one leading list marker: a bullet ("•", "-", "*") or a number with
/// its mark ("1.", "2、", "3)"), so "3、2、1，上链接" keeps its countdown.
fn strip_marker(item: &str) -> &str {
    if let Some(rest) = item.strip_prefix(['•', '·', '-', '*']) {
        return rest.trim_start();
    }
    let digits = item.len() - item.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && digits <= 2 {
        let rest = &item[digits..];
        if let Some(after) = rest.strip_prefix(['.', '．', ')', '）']) {
            return after.trim_start();
        }
        if let Some(after) = rest.strip_prefix('、') {
            if !after.starts_with(|c: char| c.is_ascii_digit()) {
                return after.trim_start();
            }
        }
    }
    item
}
