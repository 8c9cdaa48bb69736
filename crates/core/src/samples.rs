//! The example workspace a new user starts with (being written).
