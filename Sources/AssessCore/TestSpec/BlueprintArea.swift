/// One content area of a blueprint and how much of a form it takes.
public struct BlueprintArea: Sendable, Hashable, Codable {
    /// The block id, module id or objective id, per the blueprint's ``Blueprint/dimension``.
    public var area: String
    /// How much of a form comes from the area.
    public var target: BlueprintTarget

    public init(_ area: String, _ target: BlueprintTarget) {
        self.area = area
        self.target = target
    }
}
