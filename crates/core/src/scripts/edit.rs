//! Editing scripts as commands on the workspace. Every command leaves the
//! workspace valid (it is checked as a load would check it) or changes nothing,
//! and a show whose timer has started keeps the segment order its timer log
//! refers to: only the words and lengths of its segments may change.

use crate::limits::{MAX_LIST_ITEMS, MAX_SEGMENTS};
use crate::model::{
    Id, IdSource, ScriptTemplate, Segment, SegmentKind, Show, ShowScript, Workspace,
};
use crate::problem::FieldError;
use crate::timer::Status;
use crate::validate;

/// Which script an edit is for: a template in the library or a show's own copy.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScriptRef {
    Template(Id),
    Show(Id),
}

/// A change to a script's list of segments.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Put a new segment at this position (the end when `at` is the length).
    Insert {
        at: usize,
        segment: Segment,
    },
    Remove {
        index: usize,
    },
    /// Move a segment so that it ends up at position `to`.
    Move {
        from: usize,
        to: usize,
    },
    /// Change a segment's content; its id is kept whatever `segment` says.
    Replace {
        index: usize,
        segment: Segment,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum EditError {
    /// The template or show is gone (deleted in another tab, say).
    NotFound,
    NoSuchSegment,
    /// Adding, removing or moving segments of a show whose timer has started
    /// would make its log point at the wrong segments.
    TimerStarted,
    TooMany {
        max: usize,
    },
    /// The result would not pass the checks every load runs.
    Invalid(Vec<FieldError>),
}

impl Edit {
    /// Whether the edit changes which segment sits where.
    fn is_structural(&self) -> bool {
        !matches!(self, Edit::Replace { .. })
    }
}

/// A template taken out of the library, kept so the removal can be undone.
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedTemplate {
    pub index: usize,
    pub template: ScriptTemplate,
}

/// A fresh segment of a kind: 15 minutes (the domain's node length), nothing
/// written yet, except what an interaction or a wrap-up always needs.
pub fn new_segment(kind: SegmentKind, title: String, ids: &mut dyn IdSource) -> Segment {
    Segment {
        id: ids.next_id(),
        kind,
        title,
        planned_seconds: 15 * 60,
        product_id: None,
        interaction: None,
        selling_points: Vec::new(),
        lines: Vec::new(),
        offer: String::new(),
        owner: None,
        notes: String::new(),
        cues: Vec::new(),
    }
}

/// Whether a show's timer has left "ready" (its log then refers to segments).
/// Copies of segments with fresh ids: two scripts never share a segment id,
/// so a timer log or an edit always points at one script's segment.
pub fn fresh_copies(segments: &[Segment], ids: &mut dyn IdSource) -> Vec<Segment> {
    segments
        .iter()
        .map(|segment| Segment {
            id: ids.next_id(),
            ..segment.clone()
        })
        .collect()
}

pub fn timer_started(show: &Show) -> bool {
    show.timer
        .as_ref()
        .is_some_and(|t| t.status != Status::Ready)
}

impl Workspace {
    /// The segments of a script; a show without a script has none.
    pub fn script_segments(&self, script: &ScriptRef) -> Option<&[Segment]> {
        match script {
            ScriptRef::Template(id) => self.template(id).map(|t| t.segments.as_slice()),
            ScriptRef::Show(id) => self.show(id).map(|s| {
                s.script
                    .as_ref()
                    .map_or(&[][..], |sc| sc.segments.as_slice())
            }),
        }
    }

    /// Applies one edit to a script, or changes nothing and says why.
    pub fn edit_script(&mut self, script: &ScriptRef, edit: Edit) -> Result<(), EditError> {
        let current = self.script_segments(script).ok_or(EditError::NotFound)?;
        if let ScriptRef::Show(id) = script {
            if edit.is_structural() && self.show(id).is_some_and(timer_started) {
                return Err(EditError::TimerStarted);
            }
        }
        let mut edited = current.to_vec();
        apply(&mut edited, edit)?;
        validate::script_segments(&edited).map_err(EditError::Invalid)?;
        match script {
            ScriptRef::Template(id) => {
                if let Some(template) = self.templates.iter_mut().find(|t| &t.id == id) {
                    template.segments = edited;
                }
            }
            ScriptRef::Show(id) => {
                if let Some(show) = self.shows.iter_mut().find(|s| &s.id == id) {
                    // A show gets a script only once an edit to it succeeds.
                    show.script.get_or_insert_with(ShowScript::default).segments = edited;
                }
            }
        }
        Ok(())
    }

    /// Gives a show its own copy of a template's segments (fresh ids, so the
    /// two never share one), replacing the show's script.
    pub fn apply_template(
        &mut self,
        show_id: &Id,
        template_id: &Id,
        ids: &mut dyn IdSource,
    ) -> Result<(), EditError> {
        let template = self.template(template_id).ok_or(EditError::NotFound)?;
        let segments = fresh_copies(&template.segments, ids);
        let show = self.shows.iter_mut().find(|s| &s.id == show_id);
        let show = show.ok_or(EditError::NotFound)?;
        if timer_started(show) {
            return Err(EditError::TimerStarted);
        }
        show.script = Some(ShowScript {
            from_template: Some(template_id.clone()),
            segments,
        });
        show.timer = None;
        Ok(())
    }

    /// Adds a template to the end of the library (a copy of a built-in one, an
    /// imported one, a new blank one) after checking it.
    pub fn add_template(&mut self, template: ScriptTemplate) -> Result<(), EditError> {
        if self.templates.len() >= MAX_LIST_ITEMS {
            return Err(EditError::TooMany {
                max: MAX_LIST_ITEMS,
            });
        }
        validate::one_template(&template).map_err(EditError::Invalid)?;
        if self.template(&template.id).is_some() {
            return Err(EditError::Invalid(vec![FieldError {
                path: "template.id".into(),
                problem: crate::problem::Problem::DuplicateId(template.id.to_string()),
            }]));
        }
        self.templates.push(template);
        Ok(())
    }

    /// Copies a template under a new name, right after the original.
    pub fn duplicate_template(
        &mut self,
        id: &Id,
        name: String,
        ids: &mut dyn IdSource,
    ) -> Result<Id, EditError> {
        let index = self.template_index(id)?;
        if self.templates.len() >= MAX_LIST_ITEMS {
            return Err(EditError::TooMany {
                max: MAX_LIST_ITEMS,
            });
        }
        let original = &self.templates[index];
        let copy = ScriptTemplate {
            id: ids.next_id(),
            name,
            description: original.description.clone(),
            segments: fresh_copies(&original.segments, ids),
        };
        validate::one_template(&copy).map_err(EditError::Invalid)?;
        let new_id = copy.id.clone();
        self.templates.insert(index + 1, copy);
        Ok(new_id)
    }

    /// Renames a template and sets its description.
    pub fn describe_template(
        &mut self,
        id: &Id,
        name: String,
        description: String,
    ) -> Result<(), EditError> {
        let index = self.template_index(id)?;
        let mut changed = self.templates[index].clone();
        changed.name = name;
        changed.description = description;
        validate::one_template(&changed).map_err(EditError::Invalid)?;
        self.templates[index] = changed;
        Ok(())
    }

    /// Takes a template out of the library; shows copied from it keep their
    /// copies. The result puts it back with [`Workspace::restore_template`].
    pub fn remove_template(&mut self, id: &Id) -> Result<RemovedTemplate, EditError> {
        let index = self.template_index(id)?;
        let template = self.templates.remove(index);
        Ok(RemovedTemplate { index, template })
    }

    /// Undoes a removal, at the place the template had (or the end).
    pub fn restore_template(&mut self, removed: RemovedTemplate) -> Result<(), EditError> {
        if self.template(&removed.template.id).is_some() {
            return Ok(());
        }
        if self.templates.len() >= MAX_LIST_ITEMS {
            return Err(EditError::TooMany {
                max: MAX_LIST_ITEMS,
            });
        }
        let index = removed.index.min(self.templates.len());
        self.templates.insert(index, removed.template);
        Ok(())
    }

    fn template_index(&self, id: &Id) -> Result<usize, EditError> {
        self.templates
            .iter()
            .position(|t| &t.id == id)
            .ok_or(EditError::NotFound)
    }
}

fn apply(segments: &mut Vec<Segment>, edit: Edit) -> Result<(), EditError> {
    let len = segments.len();
    match edit {
        Edit::Insert { at, segment } => {
            if len >= MAX_SEGMENTS {
                return Err(EditError::TooMany { max: MAX_SEGMENTS });
            }
            segments.insert(at.min(len), with_sorted_cues(segment));
        }
        Edit::Remove { index } => {
            if index >= len {
                return Err(EditError::NoSuchSegment);
            }
            segments.remove(index);
        }
        Edit::Move { from, to } => {
            if from >= len || to >= len {
                return Err(EditError::NoSuchSegment);
            }
            let segment = segments.remove(from);
            segments.insert(to, segment);
        }
        Edit::Replace { index, segment } => {
            let slot = segments.get_mut(index).ok_or(EditError::NoSuchSegment)?;
            let id = slot.id.clone();
            *slot = Segment {
                id,
                ..with_sorted_cues(segment)
            };
        }
    }
    Ok(())
}

/// Cues are kept in time order, whatever order they were typed in.
fn with_sorted_cues(mut segment: Segment) -> Segment {
    segment.cues.sort_by_key(|cue| cue.at_seconds);
    segment
}
