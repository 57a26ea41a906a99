import AssessCore

/// The order in which an item's options are shown, as indices into `item.options`.
///
/// Shuffled with the attempt's seeded generator when the item allows it (never for true/false
/// or items marked `shuffle: false`, e.g. "all of the above"); recorded with the response so
/// the exact screen can be reconstructed.
public enum OptionOrder {
    public static func order(for item: Item, using generator: inout some RandomNumberGenerator) -> [Int] {
        let identity = Array(item.options.indices)
        guard item.shuffle, item.type != .trueFalse, item.options.count > 1 else { return identity }
        return identity.shuffled(using: &generator)
    }
}
