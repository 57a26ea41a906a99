/// The sequencing layer: which item comes next, for linear, blueprint-random and adaptive tests.
///
/// Pure and deterministic for a seed; see the sequencer issue. This file marks the module until
/// its first types land.
enum Sequencing {}
