/// The parameters of Sympson–Hetter exposure control.
public struct SympsonHetter: Sendable, Hashable, Codable {
    /// Where the administration probabilities kᵢ come from.
    public enum Parameters: Sendable, Hashable, Codable {
        /// A CSV file `item_id,k` (path relative to the spec's folder), written by the
        /// simulation that derives the kᵢ iteratively for ``SympsonHetter/targetMaximumExposure``.
        case file(String)
        /// The kᵢ written in the spec, by item id.
        case perItem([String: Double])
    }

    /// The administration probabilities; an item the table does not name has k = 1.
    public var parameters: Parameters
    /// The highest exposure rate the kᵢ were (or are to be) derived for, in (0, 1]; nil when the
    /// table was set by hand.
    public var targetMaximumExposure: Double?

    public init(parameters: Parameters, targetMaximumExposure: Double? = nil) {
        self.parameters = parameters
        self.targetMaximumExposure = targetMaximumExposure
    }
}
