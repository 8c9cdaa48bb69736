//! The quick read of a stored copy: a document of one known kind in the
//! current schema, typed in one pass without tracking field paths. A copy
//! this app wrote reads here; anything else is left to [`Document::read`],
//! whose path-tracking reader names what is wrong. The presenter's own wasm
//! links only this reader, which is smaller and, on a 5 MB workspace, faster.

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::{Document, Kind, Payload, FORMAT, SCHEMA};
use crate::limits::MAX_FILE_BYTES;
use crate::model::Workspace;
use crate::shape::NoList;

/// What the quick read made of a text.
#[derive(Debug, Clone, PartialEq)]
pub enum QuickRead {
    /// A valid document of the expected kind, as [`Document::read`] reads it.
    Read(Document),
    /// Written by a newer LiveDesk: must be left alone and never overwritten.
    Newer { found: u64 },
    /// Anything else: [`Document::read`] tells what is wrong, or migrates it.
    Explain,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope<T> {
    format: String,
    kind: String,
    schema: u64,
    saved_at: String,
    #[allow(dead_code)]
    #[serde(default)]
    revision: Option<super::Revision>,
    data: T,
}

/// Only the format and schema, any other keys allowed: to tell "too new"
/// from "wrong", as [`Document::read`] does (a file not ours is never "too new").
#[derive(Deserialize)]
struct SchemaOnly {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    schema: Option<u64>,
}

impl Document {
    /// The quick read of a stored workspace (see the module's note).
    pub fn read_workspace_quickly(text: &str) -> QuickRead {
        read::<Workspace>(text, Kind::Workspace, Payload::Workspace)
    }
}

fn read<T: DeserializeOwned>(text: &str, kind: Kind, payload: fn(T) -> Payload) -> QuickRead {
    let (saved_at, data) = match envelope::<T>(text, kind) {
        Ok(read) => read,
        Err(stop) => return stop.into(),
    };
    validated(Document {
        saved_at,
        payload: payload(data),
    })
}

/// The document if it passes the full read's validation; else the full read explains.
pub(super) fn validated(document: Document) -> QuickRead {
    match document.validate() {
        Ok(()) => QuickRead::Read(document),
        Err(_) => QuickRead::Explain,
    }
}

/// Why a quick read stops short of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stop {
    Newer { found: u64 },
    Explain,
}

impl From<Stop> for QuickRead {
    fn from(stop: Stop) -> QuickRead {
        match stop {
            Stop::Newer { found } => QuickRead::Newer { found },
            Stop::Explain => QuickRead::Explain,
        }
    }
}

/// The envelope's checks for a copy this version wrote, and its data typed as
/// `T` (not yet validated).
pub(super) fn envelope<'a, T: Deserialize<'a>>(
    text: &'a str,
    kind: Kind,
) -> Result<(DateTime<Utc>, T), Stop> {
    if text.len() > MAX_FILE_BYTES || !text.trim_start().starts_with('{') {
        return Err(Stop::Explain);
    }
    let envelope = match serde_json::from_str::<Envelope<T>>(text) {
        Ok(envelope) => envelope,
        Err(_) => return Err(newer_or_explain(text)),
    };
    if envelope.format != FORMAT || Kind::from_tag(&envelope.kind) != Some(kind) {
        return Err(Stop::Explain);
    }
    if envelope.schema != u64::from(SCHEMA) {
        return Err(newer_or_explain(text));
    }
    let Ok(saved_at) = DateTime::parse_from_rfc3339(&envelope.saved_at) else {
        return Err(Stop::Explain);
    };
    // The same structural rule the full read applies (see shape.rs).
    if serde_json::from_str::<NoList>(text).is_err() {
        return Err(Stop::Explain);
    }
    Ok((saved_at.with_timezone(&Utc), envelope.data))
}

fn newer_or_explain(text: &str) -> Stop {
    match serde_json::from_str::<SchemaOnly>(text) {
        Ok(SchemaOnly {
            format: Some(format),
            schema: Some(found),
        }) if format == FORMAT && found > u64::from(SCHEMA) => Stop::Newer { found },
        _ => Stop::Explain,
    }
}
