//! The stored and exported document: one envelope
//! `{format, kind, schema, saved_at, data}` for the copy in localStorage, the
//! backups and every `*.livedesk.json` file, read by one validated path
//! ([`Document::read`]). See docs/file-format.md.

use chrono::{DateTime, Utc};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};

use crate::file_text;
use crate::limits::MAX_FILE_BYTES;
use crate::migrate;
use crate::model::{Plan, Product, ScriptTemplate, Show, Workspace};
use crate::problem::{Expected, FieldError, Found, Problem, ReadError};
use crate::shape::NoList;
use crate::validate::{self, Checker};
use crate::Lang;

mod quick;
mod revision;
mod slice;
pub use quick::QuickRead;
pub use revision::Revision;
pub use slice::Unwritable;

/// The `format` every LiveDesk document carries.
pub const FORMAT: &str = "livedesk";
/// The schema version this build writes (and the newest it reads).
pub const SCHEMA: u32 = 3;

/// What a document holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Workspace,
    Plan,
    Template,
}

impl Kind {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Kind::Workspace, Lang::ZhCn) => "完整备份",
            (Kind::Plan, Lang::ZhCn) => "工作计划",
            (Kind::Template, Lang::ZhCn) => "脚本模板",
            (Kind::Workspace, Lang::En) => "full backup",
            (Kind::Plan, Lang::En) => "plan",
            (Kind::Template, Lang::En) => "script template",
        }
    }

    fn from_tag(tag: &str) -> Option<Kind> {
        match tag {
            "workspace" => Some(Kind::Workspace),
            "plan" => Some(Kind::Plan),
            "template" => Some(Kind::Template),
            _ => None,
        }
    }
}

/// A plan shared on its own: the plan, its shows and the products its lineup
/// and scripts name, so it is complete in another workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanBundle {
    pub plan: Plan,
    #[serde(default)]
    pub shows: Vec<Show>,
    #[serde(default)]
    pub products: Vec<Product>,
}

/// A script template shared on its own, with the products its segments name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateBundle {
    pub template: ScriptTemplate,
    #[serde(default)]
    pub products: Vec<Product>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    Workspace(Workspace),
    Plan(Box<PlanBundle>),
    Template(Box<TemplateBundle>),
}

impl Payload {
    pub fn kind(&self) -> Kind {
        match self {
            Payload::Workspace(_) => Kind::Workspace,
            Payload::Plan(_) => Kind::Plan,
            Payload::Template(_) => Kind::Template,
        }
    }
}

/// A read or to-be-written document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub saved_at: DateTime<Utc>,
    pub payload: Payload,
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    format: &'static str,
    kind: Kind,
    schema: u32,
    saved_at: &'a DateTime<Utc>,
    /// Only in the browser's own stored copy.
    #[serde(skip_serializing_if = "Option::is_none")]
    revision: Option<&'a Revision>,
    data: &'a T,
}

/// The envelope with its data skipped: read first, to learn kind and schema.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    format: String,
    kind: String,
    schema: u64,
    saved_at: String,
    /// Checked for its shape; what it says matters only to the shell.
    #[allow(dead_code)]
    #[serde(default)]
    revision: Option<Revision>,
    #[allow(dead_code)]
    data: IgnoredAny,
}

/// The envelope of the current schema, read in one pass from the text, so that
/// duplicate keys anywhere are caught by serde.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn<T> {
    #[allow(dead_code)]
    format: IgnoredAny,
    #[allow(dead_code)]
    kind: IgnoredAny,
    #[allow(dead_code)]
    schema: IgnoredAny,
    #[allow(dead_code)]
    saved_at: IgnoredAny,
    #[allow(dead_code)]
    #[serde(default)]
    revision: IgnoredAny,
    data: T,
}

impl Document {
    pub fn workspace(saved_at: DateTime<Utc>, workspace: Workspace) -> Document {
        Document {
            saved_at,
            payload: Payload::Workspace(workspace),
        }
    }

    pub fn kind(&self) -> Kind {
        self.payload.kind()
    }

    /// The envelope as JSON, pretty-printed for files people may open.
    pub fn to_json(&self) -> String {
        self.envelope_json(None)
    }

    /// The envelope as the browser stores it, with its revision.
    pub fn to_stored_json(&self, revision: &Revision) -> String {
        self.envelope_json(Some(revision))
    }

    fn envelope_json(&self, revision: Option<&Revision>) -> String {
        fn envelope<T: Serialize>(doc: &Document, revision: Option<&Revision>, data: &T) -> String {
            let out = EnvelopeOut {
                format: FORMAT,
                kind: doc.kind(),
                schema: SCHEMA,
                saved_at: &doc.saved_at,
                revision,
                data,
            };
            // Plain structs with finite numbers always serialize.
            serde_json::to_string_pretty(&out).unwrap_or_default()
        }
        match &self.payload {
            Payload::Workspace(ws) => envelope(self, revision, ws),
            Payload::Plan(bundle) => envelope(self, revision, bundle),
            Payload::Template(bundle) => envelope(self, revision, bundle),
        }
    }

    /// The one read path for stored copies and imported files: size limit,
    /// JSON syntax, envelope, schema (migrating older ones), types, ranges.
    /// An `Err` means nothing may be changed.
    pub fn read(text: &str) -> Result<Document, ReadError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(ReadError::TooLarge {
                bytes: text.len(),
                limit: MAX_FILE_BYTES,
            });
        }
        // A document is an object. (serde would also take an array for a struct.)
        if !text.trim_start().starts_with('{') {
            from_str_at::<IgnoredAny>(text)?;
            return Err(ReadError::NotLiveDesk);
        }
        // A lenient look next: what the file claims to be decides whether the
        // user hears "not ours" or "too new" before any strict check.
        match from_str_at::<Probe>(text) {
            Err(error @ ReadError::NotJson { .. }) => return Err(error),
            // Malformed envelope keys: the strict read below names them.
            Err(_) => {}
            Ok(probe) => {
                if probe.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
                    return Err(ReadError::NotLiveDesk);
                }
                if let Some(found) = probe.schema.as_ref().and_then(serde_json::Value::as_u64) {
                    if found > u64::from(SCHEMA) {
                        return Err(ReadError::NewerSchema {
                            found,
                            supported: SCHEMA,
                        });
                    }
                }
            }
        }
        let header: Header = from_str_at(text)?;
        if header.format != FORMAT {
            return Err(ReadError::NotLiveDesk);
        }
        let kind = Kind::from_tag(&header.kind)
            .ok_or_else(|| field_error("kind", Problem::UnknownValue(truncate(&header.kind))))?;
        let saved_at = DateTime::parse_from_rfc3339(&header.saved_at)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                field_error(
                    "saved_at",
                    Problem::WrongType {
                        expected: Expected::Instant,
                        found: Found::Text(truncate(&header.saved_at)),
                    },
                )
            })?;
        let payload = match header.schema {
            0 => {
                return Err(field_error(
                    "schema",
                    Problem::OutOfRange {
                        min: 1.0,
                        max: SCHEMA.into(),
                    },
                ))
            }
            s if s > u64::from(SCHEMA) => {
                return Err(ReadError::NewerSchema {
                    found: s,
                    supported: SCHEMA,
                })
            }
            s if s == u64::from(SCHEMA) => {
                payload_from_text(kind, text).map_err(|e| name_the_array(text, e))?
            }
            older => {
                let mut envelope: serde_json::Map<String, serde_json::Value> = from_str_at(text)?;
                let data = envelope.remove("data").unwrap_or_default();
                envelope.insert(
                    "data".to_owned(),
                    migrate::upgrade(kind, older as u32, data)?,
                );
                // Typed from text again rather than from the Value: one
                // deserializer for every schema keeps the wasm smaller, and old
                // files are rare enough for the extra pass not to matter.
                let migrated = serde_json::Value::Object(envelope).to_string();
                payload_from_text(kind, &migrated).map_err(|e| name_the_array(&migrated, e))?
            }
        };
        // Only now: a typed read's own errors (unknown keys…) name the problem better.
        from_str_at::<NoList>(text)?;
        let document = Document { saved_at, payload };
        document.validate()?;
        Ok(document)
    }

    /// A chosen file's bytes: decoded as every import decodes (UTF-8 with or
    /// without a byte-order mark, UTF-16 after its mark; see
    /// [`file_text::decode`]), then [`Document::read`].
    pub fn read_file(bytes: &[u8]) -> Result<Document, ReadError> {
        Document::read(&file_json(bytes)?)
    }

    /// [`Document::read_file`], refusing a document of another kind.
    pub fn read_file_kind(bytes: &[u8], expected: Kind) -> Result<Document, ReadError> {
        Document::read_kind(&file_json(bytes)?, expected)
    }

    /// [`Document::read`], refusing a document of another kind.
    pub fn read_kind(text: &str, expected: Kind) -> Result<Document, ReadError> {
        if expected == Kind::Workspace {
            match Document::read_workspace_quickly(text) {
                QuickRead::Read(document) => return Ok(document),
                QuickRead::Newer { found } => {
                    return Err(ReadError::NewerSchema {
                        found,
                        supported: SCHEMA,
                    })
                }
                QuickRead::Explain => {}
            }
        }
        let document = Document::read(text)?;
        if document.kind() != expected {
            return Err(ReadError::WrongKind {
                expected,
                found: document.kind(),
            });
        }
        Ok(document)
    }

    /// The range and consistency checks, for documents built in memory too
    /// (an import's merged result is checked before it replaces anything).
    pub fn validate(&self) -> Result<(), ReadError> {
        let mut c = Checker::new("data");
        match &self.payload {
            Payload::Workspace(ws) => validate::workspace(&mut c, ws),
            Payload::Plan(bundle) => {
                c.at("plan", |c| validate::plan(c, &bundle.plan));
                let shows = Workspace {
                    shows: bundle.shows.clone(),
                    products: bundle.products.clone(),
                    ..Workspace::default()
                };
                validate::workspace(&mut c, &shows);
            }
            Payload::Template(bundle) => {
                c.at("template", |c| validate::template(c, &bundle.template));
                let products = Workspace {
                    products: bundle.products.clone(),
                    ..Workspace::default()
                };
                validate::workspace(&mut c, &products);
            }
        }
        c.finish().map_err(ReadError::Invalid)
    }
}

/// A JSON file's text. The size is checked on the bytes first, so a huge
/// file is refused before it is decoded.
fn file_json(bytes: &[u8]) -> Result<String, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    // JSON is Unicode by definition: no legacy fallback.
    file_text::decode(bytes, None)
        .map(|(text, _)| text)
        .map_err(ReadError::NotText)
}

/// The envelope read leniently: any other keys, any types.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    schema: Option<serde_json::Value>,
}

fn payload_from_text(kind: Kind, text: &str) -> Result<Payload, ReadError> {
    fn data<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
        from_str_at::<EnvelopeIn<T>>(text).map(|envelope| envelope.data)
    }
    Ok(match kind {
        Kind::Workspace => Payload::Workspace(data(text)?),
        Kind::Plan => Payload::Plan(Box::new(data(text)?)),
        Kind::Template => Payload::Template(Box::new(data(text)?)),
    })
}

fn from_str_at<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| serde_error(text, e))?;
    de.end().map_err(|e| ReadError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    Ok(value)
}

/// Turns serde's error into a field error with its path, or a syntax error.
/// No word of serde's message reaches the user: it is classified into a
/// [`Problem`] told in JSON's terms (see `classify`).
fn serde_error(text: &str, err: serde_path_to_error::Error<serde_json::Error>) -> ReadError {
    let path = err.path().to_string();
    let inner = err.into_inner();
    if inner.is_syntax() || inner.is_eof() {
        // serde_json also reports a number, array or object where a name (an
        // enum) belongs as a syntax error ("expected value"/"expected ident").
        // If the whole text is valid JSON, the file is not broken: that field is.
        let message = inner.to_string();
        let name_expected =
            message.starts_with("expected value") || message.starts_with("expected ident");
        if inner.is_eof() || !name_expected || from_str_plain::<IgnoredAny>(text).is_err() {
            return ReadError::NotJson {
                line: inner.line(),
                column: inner.column(),
            };
        }
        let found = found_at(text, &path);
        return field_error(
            path,
            Problem::WrongType {
                expected: Expected::Name,
                found,
            },
        );
    }
    let full = inner.to_string();
    let message = full.split(" at line ").next().unwrap_or(&full);
    // A name written as an object (`{"douyin": 1}`): serde's path runs into
    // the object; the field is the one holding it.
    if message.ends_with(", expected unit") {
        let field = path
            .rsplit_once('.')
            .map_or(path.as_str(), |(field, _)| field);
        return field_error(
            field,
            Problem::WrongType {
                expected: Expected::Name,
                found: Found::Object,
            },
        );
    }
    let problem = match classify(message) {
        // A message serde's derives never write (chrono's date parser says
        // "input contains invalid characters"): told by the value found and,
        // for the three date fields, what they hold.
        Problem::WrongType {
            expected: Expected::Unknown,
            found: Found::Unknown,
        } => Problem::WrongType {
            expected: date_field(&path).unwrap_or(Expected::Unknown),
            found: found_at(text, &path),
        },
        problem => problem,
    };
    field_error(path, problem)
}

fn from_str_plain<T: DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    serde_json::from_str(text)
}

/// Maps serde_json's message onto a [`Problem`] the UI can word in both languages.
fn classify(message: &str) -> Problem {
    let quoted = || truncate(message.split('`').nth(1).unwrap_or_default());
    let wrong = |found: Found, expected: &str| Problem::WrongType {
        expected: expected_of(expected),
        found,
    };
    if message.starts_with("unknown field") {
        Problem::UnknownField(quoted())
    } else if message.starts_with("missing field") {
        Problem::MissingField(quoted())
    } else if message.starts_with("duplicate field") {
        Problem::DuplicateField(quoted())
    } else if message.starts_with("unknown variant") {
        Problem::UnknownValue(quoted())
    } else if message.starts_with("recursion limit") {
        Problem::TooDeep
    } else if message.starts_with("number out of range") {
        Problem::NotFinite
    } else if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        match rest.rsplit_once(", expected ") {
            Some((found, expected)) => wrong(found_of(found), expected),
            None => wrong(Found::Unknown, ""),
        }
    } else if let Some(rest) = message.strip_prefix("invalid length ") {
        // A struct read from an array, fields by position: the array is what
        // is wrong, not its length.
        wrong(
            Found::Array,
            rest.split_once(", expected ").map_or("", |(_, e)| e),
        )
    } else {
        wrong(Found::Unknown, "")
    }
}

/// What serde's "expected …" says, in JSON's words.
fn expected_of(expected: &str) -> Expected {
    match expected {
        e if e.starts_with("struct ") || e == "a map" || e == "an object" => Expected::Object,
        "a sequence" => Expected::Array,
        "a string" | "a borrowed string" => Expected::Text,
        "f64" | "f32" => Expected::Number,
        "i8" | "i16" | "i32" | "i64" | "isize" => Expected::Integer,
        "u8" => Expected::Count {
            max: Some(u8::MAX.into()),
        },
        "u16" => Expected::Count {
            max: Some(u16::MAX.into()),
        },
        "u32" | "u64" | "usize" => Expected::Count { max: None },
        "a boolean" => Expected::TrueOrFalse,
        "a formatted date string" => Expected::Date,
        "a formatted date and time string" => Expected::DateTime,
        e if e.starts_with("enum ") || e.starts_with("variant") => Expected::Name,
        "an object or a single value" => Expected::NotArray,
        _ => Expected::Unknown,
    }
}

/// What serde's "invalid type: …" names, in JSON's words.
fn found_of(found: &str) -> Found {
    let ticked = || truncate(found.split('`').nth(1).unwrap_or_default());
    match found {
        "null" | "unit" => Found::Null,
        "sequence" | "array" => Found::Array,
        "map" => Found::Object,
        "boolean `true`" => Found::Bool(true),
        "boolean `false`" => Found::Bool(false),
        f if f.starts_with("integer `") || f.starts_with("floating point `") => {
            Found::Number(ticked())
        }
        f if f.starts_with("string \"") => {
            let inner = f["string \"".len()..].strip_suffix('"').unwrap_or_default();
            Found::Text(truncate(inner))
        }
        _ => Found::Unknown,
    }
}

/// The value at a path such as `data.plans[0].platform`, by its kind; read
/// again from the text, which happens only when a file is refused.
fn found_at(text: &str, path: &str) -> Found {
    let Ok(mut value) = from_str_plain::<serde_json::Value>(text) else {
        return Found::Unknown;
    };
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (key, indexes) = segment
            .split_once('[')
            .map_or((segment, ""), |(k, i)| (k, i));
        if !key.is_empty() {
            let Some(next) = value.get_mut(key).map(serde_json::Value::take) else {
                return Found::Unknown;
            };
            value = next;
        }
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            let index = index.trim_end_matches(']').parse::<usize>().ok();
            let Some(next) = index
                .and_then(|i| value.get_mut(i))
                .map(serde_json::Value::take)
            else {
                return Found::Unknown;
            };
            value = next;
        }
    }
    match value {
        serde_json::Value::Null => Found::Null,
        serde_json::Value::Bool(b) => Found::Bool(b),
        serde_json::Value::Number(n) => Found::Number(truncate(&n.to_string())),
        serde_json::Value::String(s) => Found::Text(truncate(&s)),
        serde_json::Value::Array(_) => Found::Array,
        serde_json::Value::Object(_) => Found::Object,
    }
}

/// The date fields of the format, whose parser's own messages say nothing
/// of what they hold.
fn date_field(path: &str) -> Option<Expected> {
    match path.rsplit('.').next()? {
        "starts_at" => Some(Expected::DateTime),
        "start" | "end" => Some(Expected::Date),
        _ => None,
    }
}

/// serde reads a struct from an array too (fields by position), so an array
/// where an object belongs fails inside it (`data.plans[0][0]`: expected
/// text) rather than at it. The shape check names the array itself: its error
/// wins when it points at or above the typed read's.
fn name_the_array(text: &str, typed: ReadError) -> ReadError {
    let ReadError::Invalid(typed_errors) = &typed else {
        return typed;
    };
    let Some(typed_path) = typed_errors.first().map(|e| e.path.as_str()) else {
        return typed;
    };
    match from_str_at::<NoList>(text) {
        Err(ReadError::Invalid(shape))
            if shape.first().is_some_and(|e| {
                typed_path.len() > e.path.len()
                    && typed_path.starts_with(&e.path)
                    && matches!(typed_path.as_bytes()[e.path.len()], b'.' | b'[')
            }) =>
        {
            ReadError::Invalid(shape)
        }
        _ => typed,
    }
}

/// Keeps hostile or huge values out of error messages.
fn truncate(text: &str) -> String {
    const MAX: usize = 80;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

fn field_error(path: impl Into<String>, problem: Problem) -> ReadError {
    ReadError::Invalid(vec![FieldError {
        path: path.into(),
        problem,
    }])
}
