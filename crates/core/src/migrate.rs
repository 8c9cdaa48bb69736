//! Schema migrations: one function per step, vN → vN+1, applied in order to
//! the `data` of an older document before it is typed and validated.
//!
//! Adding schema N+1: bump `document::SCHEMA`, append the step to [`STEPS`],
//! save a fixture of vN under `tests/fixtures/vN/` (the fixtures test loads
//! every one), and describe the change in docs/file-format.md.

use serde_json::Value;

use crate::document::Kind;
use crate::problem::ReadError;

/// A step upgrades the `data` of one kind of document by one version.
pub type Step = fn(Kind, Value) -> Result<Value, ReadError>;

/// `STEPS[i]` upgrades schema `i + 1` to `i + 2`.
pub const STEPS: &[Step] = &[v1_to_v2, v2_to_v3];

/// Schema 2 added `timer` to shows: optional, absent in every v1 file, so the
/// data carries over unchanged. The step exists so a v1 file is read as v1.
fn v1_to_v2(_: Kind, data: Value) -> Result<Value, ReadError> {
    Ok(data)
}

/// Schema 3 added the envelope's optional `revision`, which only the
/// browser's own stored copy carries; the data is unchanged. The step exists
/// so that a LiveDesk of schema 2, which would refuse the new key as unknown,
/// says "written by a newer version" and leaves the copy alone.
fn v2_to_v3(_: Kind, data: Value) -> Result<Value, ReadError> {
    Ok(data)
}

/// Upgrades `data` from schema `from` to the current one.
pub fn upgrade(kind: Kind, from: u32, data: Value) -> Result<Value, ReadError> {
    upgrade_with(STEPS, kind, from, data)
}

/// [`upgrade`] with an explicit list of steps, so the mechanism is testable
/// before a real second schema exists.
pub fn upgrade_with(
    steps: &[Step],
    kind: Kind,
    from: u32,
    mut data: Value,
) -> Result<Value, ReadError> {
    let first = from.saturating_sub(1) as usize;
    for step in steps.iter().skip(first) {
        data = step(kind, data)?;
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rename_title_to_name(_: Kind, mut data: Value) -> Result<Value, ReadError> {
        if let Some(obj) = data.as_object_mut() {
            if let Some(title) = obj.remove("title") {
                obj.insert("name".into(), title);
            }
        }
        Ok(data)
    }

    fn add_tags(_: Kind, mut data: Value) -> Result<Value, ReadError> {
        data["tags"] = json!([]);
        Ok(data)
    }

    #[test]
    fn runs_the_steps_from_the_file_version_onward_in_order() {
        let steps: &[Step] = &[rename_title_to_name, add_tags];
        let v1 = json!({"title": "x"});
        assert_eq!(
            upgrade_with(steps, Kind::Plan, 1, v1).unwrap(),
            json!({"name": "x", "tags": []})
        );
        let v2 = json!({"name": "y"});
        assert_eq!(
            upgrade_with(steps, Kind::Plan, 2, v2).unwrap(),
            json!({"name": "y", "tags": []})
        );
    }

    #[test]
    fn current_schema_has_no_pending_step() {
        assert_eq!(STEPS.len() + 1, crate::document::SCHEMA as usize);
    }
}
