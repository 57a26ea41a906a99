/// What the two rating-scale models share: a slope `a`, m category parameters `b` and
/// categories scored 0…m, with the category probabilities each model defines.
public protocol PolytomousItem: Sendable, Hashable {
    var a: Double { get }
    var b: [Double] { get }
    /// Writes P_0 … P_m at θ into `probabilities`, which must hold `categoryCount` elements.
    func categoryProbabilities(at theta: Double, scaling D: Double, into probabilities: inout [Double])
}

extension PolytomousItem {
    /// Number of score categories, m + 1.
    public var categoryCount: Int { b.count + 1 }

    /// Highest category score m.
    public var maximumScore: Int { b.count }

    /// P_0 … P_m at θ (allocates the result; use the `into:` form on hot paths).
    public func categoryProbabilities(at theta: Double, scaling D: Double = ScalingConstant.logistic) -> [Double] {
        var probabilities = [Double](repeating: 0, count: categoryCount)
        categoryProbabilities(at: theta, scaling: D, into: &probabilities)
        return probabilities
    }

    /// Traps unless `a` is finite and positive, there is at least one category parameter, and
    /// every one is finite (`model` and `noun` name them in the message).
    static func checkParameters(a: Double, b: [Double], model: String, noun: String) {
        precondition(a.isFinite && a > 0, "\(model) discrimination a must be finite and positive, got \(a)")
        precondition(!b.isEmpty, "a \(model) item needs at least one \(noun) (two categories)")
        precondition(b.allSatisfy(\.isFinite), "\(model) \(noun)s must be finite, got \(b)")
    }

    /// Traps unless a buffer of `count` values holds exactly one per category.
    func checkBuffer(count: Int) {
        precondition(count == categoryCount, "buffer holds \(count) values, the item has \(categoryCount) categories")
    }
}
