/// The level of the curriculum a blueprint or a feedback breakdown is written at.
public enum ContentDimension: String, Sendable, Hashable, Codable, CaseIterable {
    /// The five training blocks (``Block``).
    case block
    /// Training modules (`fnd-casework`).
    case module
    /// Learning objectives or competencies (`FND-CASEWORK-1`).
    case objective

    /// The item's content area at this level, if it is classified at this level.
    public func area(of item: Item) -> String? {
        switch self {
        case .block: item.classification.block?.rawValue
        case .module: item.classification.module
        case .objective: item.classification.objective
        }
    }
}
