//! Per-device preferences (the UI language). They are kept apart from the
//! workspace document on purpose: importing a colleague's backup must not
//! switch this tablet's language.

use serde::{Deserialize, Serialize};

use crate::Lang;

/// Preferences of this browser, stored under their own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prefs {
    pub lang: Lang,
}

impl Prefs {
    /// Reads stored preferences. Preferences hold nothing a user would miss,
    /// so anything unreadable (absent, corrupt, from an unknown version)
    /// yields the defaults instead of an error.
    pub fn from_stored(raw: Option<&str>) -> Prefs {
        raw.and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }

    /// The stored form read back by [`Prefs::from_stored`].
    pub fn to_stored(self) -> String {
        // A struct of plain enums always serializes.
        serde_json::to_string(&self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_each_language() {
        for lang in Lang::ALL {
            let prefs = Prefs { lang };
            assert_eq!(Prefs::from_stored(Some(&prefs.to_stored())), prefs);
        }
    }

    #[test]
    fn stored_form_is_readable_json() {
        assert_eq!(Prefs { lang: Lang::En }.to_stored(), r#"{"lang":"en"}"#);
    }

    #[test]
    fn absent_or_unreadable_values_fall_back_to_chinese() {
        for raw in [
            None,
            Some(""),
            Some("not json"),
            Some(r#"{"lang":"fr"}"#),
            Some(r#"{"lang":"en","extra":1}"#),
            Some("[]"),
        ] {
            assert_eq!(Prefs::from_stored(raw).lang, Lang::ZhCn, "{raw:?}");
        }
    }
}
