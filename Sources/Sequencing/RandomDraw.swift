import Foundation

/// Uniform, normal and permutation draws with algorithms fixed here.
///
/// The standard library does not specify how `Int.random(in:using:)`, `Double.random` or
/// `shuffle(using:)` turn generator output into values, so a toolchain update could change
/// them; an attempt must replay from its recorded seed for as long as it is kept, so the
/// sequencer uses only these.
enum RandomDraw {
    /// A uniform integer in 0..<n by Lemire's multiply-and-reject method (Lemire 2019,
    /// "Fast random integer generation in an interval", ACM TOMACS 29(1)): unbiased, usually
    /// one generator call.
    @inline(__always)
    static func index(below n: Int, using generator: inout some RandomNumberGenerator) -> Int {
        precondition(n > 0, "cannot draw an index below \(n)")
        let bound = UInt64(n)
        var product = generator.next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = generator.next().multipliedFullWidth(by: bound) }
        }
        return Int(product.high)
    }

    /// A uniform double in [0, 1): the top 53 bits of one generator output, times 2⁻⁵³.
    @inline(__always)
    static func unit(using generator: inout some RandomNumberGenerator) -> Double {
        Double(generator.next() >> 11) * 0x1p-53
    }

    /// A standard normal draw by the Box–Muller transform (Box & Muller 1958), the cosine
    /// member of the pair: √(−2 ln U₁)·cos(2πU₂) with U₁ in (0, 1].
    static func standardNormal(using generator: inout some RandomNumberGenerator) -> Double {
        let u1 = 1 - unit(using: &generator)
        let u2 = unit(using: &generator)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Shuffles in place by the Fisher–Yates algorithm in Durstenfeld's form (Knuth, TAOCP
    /// vol. 2, §3.4.2, algorithm P), swapping from the end.
    static func shuffle<Element>(_ elements: inout [Element], using generator: inout some RandomNumberGenerator) {
        var i = elements.count - 1
        while i > 0 {
            let j = index(below: i + 1, using: &generator)
            elements.swapAt(i, j)
            i -= 1
        }
    }

    /// A 64-bit seed for stream `index` of `seed`: two SplitMix64 finalisations of
    /// seed + (index + 1)·γ (Steele, Lea & Flood 2014), so that neighbouring indices give
    /// unrelated streams and the result does not depend on how work is split across threads.
    static func derivedSeed(_ seed: UInt64, index: UInt64) -> UInt64 {
        var z = seed &+ (index &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        return z ^ (z >> 33)
    }
}
