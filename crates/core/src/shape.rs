//! One structural rule serde's derives cannot enforce: serde reads a struct
//! from a JSON array too (fields by position), so `"data": []` would pass as an
//! empty workspace. In LiveDesk's format no list holds lists and every list is
//! the value of a known list field, so an array anywhere else is refused,
//! before the typed read, with the path of the offending field.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// The fields whose values are lists. Every other value is a scalar or an object.
const LIST_FIELDS: &[&str] = &[
    "ancestors",
    "assignments",
    "budget",
    "checklist",
    "checklist_done",
    "cues",
    "emergency_plans",
    "lines",
    "lineup",
    "log",
    "phases",
    "plans",
    "products",
    "risks",
    "segments",
    "selling_points",
    "shows",
    "team",
    "templates",
    "themes",
];

/// The fields whose values are objects, so that an array there is told as
/// "expected an object" rather than "an object or a single value".
const OBJECT_FIELDS: &[&str] = &[
    "actuals", "data", "plan", "revision", "script", "settings", "targets", "template", "timer",
];

/// Any JSON value where an array is not allowed.
pub(crate) struct NoList;

/// The value of a list field: an array of non-list values, or anything else
/// (whose type the typed read then checks).
struct ListField;

struct ShapeVisitor {
    list_allowed: bool,
    object_expected: bool,
}

/// A value of one of [`OBJECT_FIELDS`]: like [`NoList`], but its error says
/// an object belongs there.
struct ObjectField;

impl<'de> Visitor<'de> for ShapeVisitor {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.object_expected {
            return Err(de::Error::custom("invalid type: array, expected an object"));
        }
        if !self.list_allowed {
            return Err(de::Error::custom(
                "invalid type: array, expected an object or a single value",
            ));
        }
        while seq.next_element::<NoList>()?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // serde_json's Value (used to migrate older files) would keep only
        // the last of two equal keys: refuse duplicates here for every schema.
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if !seen.insert(key.clone()) {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            if LIST_FIELDS.contains(&key.as_ref()) {
                map.next_value::<ListField>()?;
            } else if OBJECT_FIELDS.contains(&key.as_ref()) {
                map.next_value::<ObjectField>()?;
            } else {
                map.next_value::<NoList>()?;
            }
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for NoList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<NoList, D::Error> {
        d.deserialize_any(ShapeVisitor {
            list_allowed: false,
            object_expected: false,
        })
        .map(|()| NoList)
    }
}

impl<'de> Deserialize<'de> for ListField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ListField, D::Error> {
        d.deserialize_any(ShapeVisitor {
            list_allowed: true,
            object_expected: false,
        })
        .map(|()| ListField)
    }
}

impl<'de> Deserialize<'de> for ObjectField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ObjectField, D::Error> {
        d.deserialize_any(ShapeVisitor {
            list_allowed: false,
            object_expected: true,
        })
        .map(|()| ObjectField)
    }
}
