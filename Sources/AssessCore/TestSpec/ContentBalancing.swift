/// How an adaptive test meets its blueprint as it goes.
public enum ContentBalancing: String, Sendable, Hashable, Codable, CaseIterable {
    /// No balancing: only valid without a blueprint.
    case none
    /// Constrained CAT (Kingsbury & Zara 1989): the next item comes from the area furthest below
    /// its target share (the middle of its range), never from an area at its maximum, and an area
    /// below its minimum is served before the test may stop — so every completed test meets
    /// every range of the blueprint at its final length.
    case constrained
}
