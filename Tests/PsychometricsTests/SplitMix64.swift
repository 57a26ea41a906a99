import AssessCore
import Foundation

/// Seeded test data comes from the engine's own generator (AssessCore's SplitMix64); this adds
/// the normal draws the fixtures need. Not for production randomness.
extension SplitMix64 {
    /// A standard normal draw by the Box–Muller transform (Box & Muller 1958; one of the pair;
    /// simple, not fast).
    mutating func nextStandardNormal() -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
