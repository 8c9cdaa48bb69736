//! What each key does on the presenter screen. Presentation clickers send
//! PageDown/PageUp (or arrows), and "blank screen" as B or '.'; keyboards get
//! the same keys plus a few of their own.

use crate::timer::Command;

/// The outcome of a key press on the presenter screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    Timer(Command),
    /// Show or hide the controls (presenter mode): the clicker's "blank" key.
    ToggleControls,
    ToggleFullscreen,
    ToggleHelp,
    /// Close the help overlay.
    Close,
}

/// One row of the help overlay: the keys and what they do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyHelp {
    pub keys: &'static [&'static str],
    pub action: KeyAction,
}

/// Every key binding, in the order the help overlay lists them.
pub const BINDINGS: &[KeyHelp] = &[
    KeyHelp {
        keys: &["Space", "Enter"],
        action: KeyAction::Timer(Command::Toggle),
    },
    KeyHelp {
        keys: &["PageDown", "→", "↓", "N"],
        action: KeyAction::Timer(Command::Next),
    },
    KeyHelp {
        keys: &["PageUp", "←", "↑", "P"],
        action: KeyAction::Timer(Command::Previous),
    },
    KeyHelp {
        keys: &["+", "="],
        action: KeyAction::Timer(Command::AddSeconds(60)),
    },
    KeyHelp {
        keys: &["-"],
        action: KeyAction::Timer(Command::AddSeconds(-60)),
    },
    KeyHelp {
        keys: &["B", "."],
        action: KeyAction::ToggleControls,
    },
    KeyHelp {
        keys: &["F"],
        action: KeyAction::ToggleFullscreen,
    },
    KeyHelp {
        keys: &["?", "H"],
        action: KeyAction::ToggleHelp,
    },
    KeyHelp {
        keys: &["Esc"],
        action: KeyAction::Close,
    },
];

/// The action for a `KeyboardEvent.key` value, if any.
pub fn key_action(key: &str) -> Option<KeyAction> {
    let action = match key {
        " " | "Spacebar" | "Enter" => KeyAction::Timer(Command::Toggle),
        "PageDown" | "ArrowRight" | "ArrowDown" | "n" | "N" => KeyAction::Timer(Command::Next),
        "PageUp" | "ArrowLeft" | "ArrowUp" | "p" | "P" => KeyAction::Timer(Command::Previous),
        "+" | "=" => KeyAction::Timer(Command::AddSeconds(60)),
        "-" | "_" => KeyAction::Timer(Command::AddSeconds(-60)),
        "b" | "B" | "." => KeyAction::ToggleControls,
        "f" | "F" => KeyAction::ToggleFullscreen,
        "?" | "h" | "H" => KeyAction::ToggleHelp,
        "Escape" => KeyAction::Close,
        _ => return None,
    };
    Some(action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicker_keys_drive_the_timer() {
        assert_eq!(
            key_action("PageDown"),
            Some(KeyAction::Timer(Command::Next))
        );
        assert_eq!(
            key_action("PageUp"),
            Some(KeyAction::Timer(Command::Previous))
        );
        assert_eq!(
            key_action("ArrowRight"),
            Some(KeyAction::Timer(Command::Next))
        );
        assert_eq!(
            key_action("ArrowLeft"),
            Some(KeyAction::Timer(Command::Previous))
        );
        assert_eq!(key_action(" "), Some(KeyAction::Timer(Command::Toggle)));
        assert_eq!(key_action("b"), Some(KeyAction::ToggleControls));
        assert_eq!(key_action("."), Some(KeyAction::ToggleControls));
    }

    #[test]
    fn other_keys_do_nothing() {
        for key in ["a", "Tab", "Shift", "F5", "Control"] {
            assert_eq!(key_action(key), None, "{key}");
        }
    }

    #[test]
    fn the_help_lists_every_action_the_keys_reach() {
        let keys = [" ", "PageDown", "PageUp", "+", "-", "b", "f", "?", "Escape"];
        for key in keys {
            let action = key_action(key).unwrap();
            assert!(
                BINDINGS.iter().any(|b| b.action == action),
                "{key} missing from help"
            );
        }
    }
}
