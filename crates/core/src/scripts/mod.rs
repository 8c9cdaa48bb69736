//! Working with scripts: editing them as commands (`edit`), placing their
//! segments in time (`schedule`) and checking them against the domain's rules
//! of thumb (`checks`). The shell renders and dispatches; the rules live here.

pub mod checks;
pub mod edit;
pub mod schedule;
