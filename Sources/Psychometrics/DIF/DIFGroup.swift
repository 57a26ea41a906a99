/// The two groups a DIF analysis compares.
///
/// The reference group is the comparison standard (often the majority); the focal group is the
/// one whose fairness is in question (Holland & Thayer 1988). Candidates in neither group are
/// passed as `nil` and left out.
public enum DIFGroup: UInt8, Sendable, Hashable, CaseIterable {
    case reference = 0
    case focal = 1
}
