//! Why a document could not be read, in terms a user can act on, in both
//! languages. Every field problem names the field's path, e.g.
//! `data.plans[0].targets.click_through_rate`.

use crate::document::Kind;
use crate::file_text::DecodeError;
use crate::Lang;

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    UnknownField(String),
    MissingField(String),
    DuplicateField(String),
    /// The value is of another kind than the field holds, e.g. an array
    /// where an object belongs. Told in JSON's words, never a Rust type's.
    WrongType {
        expected: Expected,
        found: Found,
    },
    UnknownValue(String),
    TooDeep,
    NotFinite,
    Negative,
    OutOfRange {
        min: f64,
        max: f64,
    },
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    BadId,
    DuplicateId(String),
    EndBeforeStart,
    OutOfOrder,
    BadDate,
}

/// What a field holds, as someone editing the JSON would say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    Array,
    Text,
    Number,
    /// A whole number, negative or not (timer instants and offsets).
    Integer,
    /// A whole number from 0 up to `max` (none: no bound worth telling).
    Count {
        max: Option<u64>,
    },
    TrueOrFalse,
    /// `2024-09-01`.
    Date,
    /// `2024-09-01T20:00:00`, local time.
    DateTime,
    /// `2024-09-01T08:00:00Z`, with its offset (the envelope's `saved_at`).
    Instant,
    /// One of the names the format lists for this field, in quotes.
    Name,
    /// Anything but an array (an array sits only in a list field).
    NotArray,
    /// Not known: only the value found is told.
    Unknown,
}

/// What the file holds instead, as someone editing the JSON would say it.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Object,
    Array,
    Text(String),
    Number(String),
    Bool(bool),
    Null,
    Unknown,
}

/// A problem at a path inside the document.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub path: String,
    pub problem: Problem,
}

/// Why a file or stored copy was refused. Nothing is changed when this happens.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// A file's bytes are not UTF-8 or UTF-16 text.
    NotText(DecodeError),
    NotJson {
        line: usize,
        column: usize,
    },
    NotLiveDesk,
    NewerSchema {
        found: u64,
        supported: u32,
    },
    WrongKind {
        expected: Kind,
        found: Kind,
    },
    Invalid(Vec<FieldError>),
}

impl ReadError {
    /// One paragraph for the user, in their language.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        match self {
            ReadError::TooLarge { bytes, limit } => {
                let (mb, max) = (*bytes as f64 / 1_048_576.0, *limit as f64 / 1_048_576.0);
                if zh {
                    format!("文件太大（{mb:.1} MB），最多 {max:.0} MB。")
                } else {
                    format!("The file is too large ({mb:.1} MB); the limit is {max:.0} MB.")
                }
            }
            ReadError::NotText(error) => error.message(lang),
            ReadError::NotJson { line, column } => {
                if zh {
                    format!("这不是有效的 JSON 文件（第 {line} 行第 {column} 列出错），可能已损坏或被截断。")
                } else {
                    format!("This is not valid JSON (error at line {line}, column {column}); the file may be damaged or cut short.")
                }
            }
            ReadError::NotLiveDesk => {
                if zh {
                    "这不是直播运营台的文件（缺少 \"format\": \"livedesk\"）。".to_owned()
                } else {
                    "This is not a LiveDesk file (it lacks \"format\": \"livedesk\").".to_owned()
                }
            }
            ReadError::NewerSchema { found, supported } => {
                if zh {
                    format!("此文件由更新版本的直播运营台保存（格式版本 {found}，本版本最高支持 {supported}）。请更新应用后再导入；现有数据未做任何改动。")
                } else {
                    format!("This file was saved by a newer LiveDesk (format version {found}; this version reads up to {supported}). Update the app, then import it again. Nothing was changed.")
                }
            }
            ReadError::WrongKind { expected, found } => {
                if zh {
                    format!(
                        "此处需要{}文件，但这是{}文件。",
                        expected.label(lang),
                        found.label(lang)
                    )
                } else {
                    format!(
                        "A {} file is needed here, but this is a {} file.",
                        expected.label(lang),
                        found.label(lang)
                    )
                }
            }
            ReadError::Invalid(errors) => {
                let list: Vec<String> = errors.iter().map(|e| e.message(lang)).collect();
                if zh {
                    format!(
                        "文件中有 {} 处问题，未导入任何内容：\n{}",
                        errors.len(),
                        list.join("\n")
                    )
                } else {
                    format!(
                        "The file has {} problem(s); nothing was imported:\n{}",
                        errors.len(),
                        list.join("\n")
                    )
                }
            }
        }
    }
}

impl FieldError {
    pub fn message(&self, lang: Lang) -> String {
        let what = self.problem.message(lang);
        match lang {
            Lang::ZhCn => format!("字段 {}：{what}", self.path),
            Lang::En => format!("{}: {what}", self.path),
        }
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        let pick = |zh_text: String, en_text: String| if zh { zh_text } else { en_text };
        match self {
            Problem::UnknownField(name) => pick(
                format!("未知字段 “{name}”"),
                format!("unknown field \"{name}\""),
            ),
            Problem::MissingField(name) => pick(
                format!("缺少字段 “{name}”"),
                format!("missing field \"{name}\""),
            ),
            Problem::DuplicateField(name) => pick(
                format!("字段 “{name}” 重复出现"),
                format!("field \"{name}\" appears twice"),
            ),
            Problem::WrongType { expected, found } => {
                match (expected.words(lang), found.words(lang)) {
                    (None, None) => pick("类型不对".to_owned(), "wrong type".to_owned()),
                    (None, Some(found)) => pick(
                        format!("类型不对：不能是{found}"),
                        format!("wrong type: not {found}"),
                    ),
                    (Some(expected), None) => {
                        pick(format!("应为{expected}"), format!("must be {expected}"))
                    }
                    (Some(expected), Some(found)) => pick(
                        format!("应为{expected}，实际是{found}"),
                        format!("must be {expected}, not {found}"),
                    ),
                }
            }
            Problem::UnknownValue(value) => pick(
                format!("不认识的取值 “{value}”"),
                format!("unknown value \"{value}\""),
            ),
            Problem::TooDeep => pick("嵌套层级过深".to_owned(), "nested too deeply".to_owned()),
            Problem::NotFinite => pick("不是有效数字".to_owned(), "not a finite number".to_owned()),
            Problem::Negative => pick("不能为负数".to_owned(), "must not be negative".to_owned()),
            Problem::OutOfRange { min, max } => pick(
                format!("应在 {min} 到 {max} 之间"),
                format!("must be between {min} and {max}"),
            ),
            Problem::TooLong { max } => pick(
                format!("文字过长（最多 {max} 字）"),
                format!("text too long (at most {max} characters)"),
            ),
            Problem::TooMany { max } => pick(
                format!("条目过多（最多 {max} 条）"),
                format!("too many items (at most {max})"),
            ),
            Problem::BadId => pick(
                "编号格式不对（1–64 个字母、数字、- 或 _）".to_owned(),
                "malformed id (1–64 letters, digits, - or _)".to_owned(),
            ),
            Problem::DuplicateId(id) => pick(
                format!("编号 “{id}” 重复"),
                format!("id \"{id}\" is used twice"),
            ),
            Problem::EndBeforeStart => pick(
                "结束日期早于开始日期".to_owned(),
                "ends before it starts".to_owned(),
            ),
            Problem::OutOfOrder => pick(
                "应按时间先后排列".to_owned(),
                "must be in time order".to_owned(),
            ),
            Problem::BadDate => pick(
                "日期不在 2000–2100 年之间".to_owned(),
                "date outside 2000–2100".to_owned(),
            ),
        }
    }
}

impl Expected {
    fn words(self, lang: Lang) -> Option<String> {
        let zh = lang == Lang::ZhCn;
        let pick =
            |zh_text: &str, en_text: &str| Some(if zh { zh_text } else { en_text }.to_owned());
        match self {
            Expected::Object => pick("对象 {…}", "an object {…}"),
            Expected::Array => pick("数组 […]", "an array […]"),
            Expected::Text => pick("带引号的文字", "text in quotes"),
            Expected::Number => pick("数字", "a number"),
            Expected::Integer => pick("整数", "a whole number"),
            Expected::Count { max: None } => pick("不小于 0 的整数", "a whole number, 0 or more"),
            Expected::Count { max: Some(max) } => Some(if zh {
                format!("0 到 {max} 之间的整数")
            } else {
                format!("a whole number from 0 to {max}")
            }),
            Expected::TrueOrFalse => pick("true 或 false", "true or false"),
            Expected::Date => pick("日期，如 \"2024-09-01\"", "a date such as \"2024-09-01\""),
            Expected::DateTime => pick(
                "日期和时间，如 \"2024-09-01T20:00:00\"",
                "a date and time such as \"2024-09-01T20:00:00\"",
            ),
            Expected::Instant => pick(
                "带时区的时间，如 \"2024-09-01T08:00:00Z\"",
                "a time with its zone such as \"2024-09-01T08:00:00Z\"",
            ),
            Expected::Name => pick(
                "规定的名称之一（带引号的文字）",
                "one of the names the format lists, in quotes",
            ),
            Expected::NotArray => pick("对象或单个值（不能是数组）", "an object or a single value"),
            Expected::Unknown => None,
        }
    }
}

impl Found {
    fn words(&self, lang: Lang) -> Option<String> {
        let zh = lang == Lang::ZhCn;
        Some(match (self, zh) {
            (Found::Object, true) => "对象 {…}".to_owned(),
            (Found::Object, false) => "an object {…}".to_owned(),
            (Found::Array, true) => "数组 […]".to_owned(),
            (Found::Array, false) => "an array […]".to_owned(),
            (Found::Text(text), true) => format!("文字 “{text}”"),
            (Found::Text(text), false) => format!("the text \"{text}\""),
            (Found::Number(n), true) => format!("数字 {n}"),
            (Found::Number(n), false) => format!("the number {n}"),
            (Found::Bool(b), _) => b.to_string(),
            (Found::Null, _) => "null".to_owned(),
            (Found::Unknown, _) => return None,
        })
    }
}
