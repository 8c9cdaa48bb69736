//! The whole of a user's data: what is stored, backed up and exported.

use serde::{Deserialize, Serialize};

use super::{Plan, Product, ScriptTemplate, Show};

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
    pub fn counts(&self) -> Counts {
        Counts {
            plans: self.plans.len(),
            shows: self.shows.len(),
            templates: self.templates.len(),
            products: self.products.len(),
        }
    }
}
