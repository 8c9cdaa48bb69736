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
use crate::problem::{FieldError, Problem, ReadError};
use crate::shape::NoList;
use crate::validate::{self, Checker};
use crate::Lang;

mod quick;
mod slice;
pub use quick::QuickRead;
pub use slice::Unwritable;

/// The `format` every LiveDesk document carries.
pub const FORMAT: &str = "livedesk";
/// The schema version this build writes (and the newest it reads).
pub const SCHEMA: u32 = 2;

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
        fn envelope<T: Serialize>(doc: &Document, data: &T) -> String {
            let out = EnvelopeOut {
                format: FORMAT,
                kind: doc.kind(),
                schema: SCHEMA,
                saved_at: &doc.saved_at,
                data,
            };
            // Plain structs with finite numbers always serialize.
            serde_json::to_string_pretty(&out).unwrap_or_default()
        }
        match &self.payload {
            Payload::Workspace(ws) => envelope(self, ws),
            Payload::Plan(bundle) => envelope(self, bundle),
            Payload::Template(bundle) => envelope(self, bundle),
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
                    Problem::WrongType("expected an RFC 3339 time".into()),
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
            s if s == u64::from(SCHEMA) => payload_from_text(kind, text)?,
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
                payload_from_text(kind, &serde_json::Value::Object(envelope).to_string())?
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
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| serde_error(None, e))?;
    de.end().map_err(|e| ReadError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    Ok(value)
}

/// Turns serde's error into a field error with its path, or a syntax error.
fn serde_error(
    prefix: Option<&str>,
    err: serde_path_to_error::Error<serde_json::Error>,
) -> ReadError {
    let path = err.path().to_string();
    let inner = err.into_inner();
    if inner.is_syntax() || inner.is_eof() {
        return ReadError::NotJson {
            line: inner.line(),
            column: inner.column(),
        };
    }
    let path = match (prefix, path.as_str()) {
        (Some(prefix), ".") => prefix.to_owned(),
        (Some(prefix), path) => format!("{prefix}.{path}"),
        (None, path) => path.to_owned(),
    };
    field_error(path, classify(&inner))
}

/// Maps serde_json's message onto a [`Problem`] the UI can word in both languages.
fn classify(err: &serde_json::Error) -> Problem {
    let full = err.to_string();
    let message = full.split(" at line ").next().unwrap_or(&full);
    let quoted = || truncate(message.split('`').nth(1).unwrap_or_default());
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
    } else {
        Problem::WrongType(truncate(message))
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
