/// A blueprint area (or a whole form) the pool cannot supply: reported as an error by
/// `assess spec validate` and as a `blueprint-infeasible` warning by `assess bank lint`.
public struct BlueprintShortfall: Sendable, Hashable {
    /// What is short, in words (`objective 'X' needs 3 items on a 15-item form, but …`).
    public var message: String
    /// The spec part that asks for it (a ``TestSpecLocations`` path: `blueprint.2`,
    /// `attempts.exclude-seen.0`, `form.length`).
    public var path: String
    /// The first pool item of the area, where a lint finding is reported and may be excepted;
    /// nil when the area has no item.
    public var itemID: String?
}
