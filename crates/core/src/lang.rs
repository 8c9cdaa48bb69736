//! The two languages the UI speaks, shared by the core (for messages such as
//! validation errors) and the shell (for its text catalogue).

use serde::{Deserialize, Serialize};

/// A UI language. Simplified Chinese is the default: the people who run these
/// shows work in Chinese; English is a switch away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Every language, in the order a switch offers them.
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// The BCP 47 tag, as used in `<html lang>` and in stored preferences.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses a BCP 47 tag; `None` for a language the UI does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }

    /// The other language: what the switch in the header changes to.
    pub fn other(self) -> Lang {
        match self {
            Lang::ZhCn => Lang::En,
            Lang::En => Lang::ZhCn,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_simplified_chinese() {
        assert_eq!(Lang::default(), Lang::ZhCn);
    }

    #[test]
    fn tags_round_trip_and_unknown_tags_are_refused() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag("zh-cn"), None);
    }

    #[test]
    fn other_toggles_between_the_two() {
        assert_eq!(Lang::ZhCn.other(), Lang::En);
        assert_eq!(Lang::En.other(), Lang::ZhCn);
    }
}
