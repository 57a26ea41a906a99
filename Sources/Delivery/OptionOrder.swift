import AssessCore

/// The order in which an item's options are shown, as indices into `item.options`.
///
/// Shuffled with the attempt's seeded generator when the item allows it (never for true/false
/// or items marked `shuffle: false`, e.g. "all of the above"); recorded with the response so
/// the exact screen can be reconstructed.
public enum OptionOrder {
    /// The order for `item` in the attempt with `seed`: the same on every sitting, whatever
    /// order items come in, because each item gets its own generator derived from the attempt's
    /// seed and the item id (FNV-1a, 64-bit).
    public static func order(for item: Item, attemptSeed seed: UInt64) -> [Int] {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in item.id.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        var generator = SplitMix64(seed: seed ^ hash)
        return order(for: item, using: &generator)
    }

    public static func order(for item: Item, using generator: inout some RandomNumberGenerator) -> [Int] {
        let identity = Array(item.options.indices)
        guard item.shuffle, item.type != .trueFalse, item.options.count > 1 else { return identity }
        return identity.shuffled(using: &generator)
    }
}
