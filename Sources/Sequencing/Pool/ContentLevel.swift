/// The level of the curriculum a blueprint counts items by.
public enum ContentLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// The training block (Foundations, Safety, …), by its identifier (`safety`).
    case block
    /// The module within a block (`safety-screening`).
    case module
    /// The learning objective (`SAF-SCR-2`).
    case objective
}
