//! The whole of a user's data: what is stored, backed up and exported.

use serde::{Deserialize, Serialize};

use super::{Id, Plan, Product, ScriptTemplate, Show};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    #[serde(default)]
    pub plans: Vec<Plan>,
    #[serde(default)]
    pub shows: Vec<Show>,
    #[serde(default)]
    pub templates: Vec<ScriptTemplate>,
    #[serde(default)]
    pub products: Vec<Product>,
    #[serde(default)]
    pub settings: Settings,
}

/// Team-wide settings that travel with the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// The timer turns to "warning" with this many seconds left (default 2 min).
    pub warning_seconds: u32,
    /// The timer turns to "danger" with this many seconds left (default 1 min).
    pub danger_seconds: u32,
    /// Flash the screen at a phase change.
    pub flash: bool,
    /// Play a chime at a phase change and at a segment's end.
    pub chime: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            warning_seconds: 120,
            danger_seconds: 60,
            flash: true,
            chime: false,
        }
    }
}

/// How many of each thing a workspace holds; shown before an import replaces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub plans: usize,
    pub shows: usize,
    pub templates: usize,
    pub products: usize,
}

impl Workspace {
    pub fn plan(&self, id: &Id) -> Option<&Plan> {
        self.plans.iter().find(|p| &p.id == id)
    }

    pub fn show(&self, id: &Id) -> Option<&Show> {
        self.shows.iter().find(|s| &s.id == id)
    }

    pub fn template(&self, id: &Id) -> Option<&ScriptTemplate> {
        self.templates.iter().find(|t| &t.id == id)
    }

    pub fn product(&self, id: &Id) -> Option<&Product> {
        self.products.iter().find(|p| &p.id == id)
    }

    /// Whether any show's timer is running or paused mid-show: then nothing
    /// may reload the page (an app update waits until the timer ends).
    pub fn timer_on_air(&self) -> bool {
        self.shows.iter().any(|show| {
            show.timer
                .as_ref()
                .is_some_and(|timer| timer.status.on_air())
        })
    }

    pub fn counts(&self) -> Counts {
        Counts {
            plans: self.plans.len(),
            shows: self.shows.len(),
            templates: self.templates.len(),
            products: self.products.len(),
        }
    }
}

impl Settings {
    /// Sets the timer's thresholds, keeping them valid: each within an hour,
    /// and "danger" never above "warning" (it is lowered to match).
    pub fn set_thresholds(&mut self, warning_seconds: u32, danger_seconds: u32) {
        let max = crate::limits::MAX_THRESHOLD_SECONDS;
        self.warning_seconds = warning_seconds.min(max);
        self.danger_seconds = danger_seconds.min(self.warning_seconds);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_stay_ordered_and_bounded() {
        let mut settings = Settings::default();
        settings.set_thresholds(180, 30);
        assert_eq!(
            (settings.warning_seconds, settings.danger_seconds),
            (180, 30)
        );
        settings.set_thresholds(60, 90);
        assert_eq!(
            (settings.warning_seconds, settings.danger_seconds),
            (60, 60)
        );
        settings.set_thresholds(99_999, 99_999);
        assert_eq!(
            (settings.warning_seconds, settings.danger_seconds),
            (3600, 3600)
        );
    }
}
