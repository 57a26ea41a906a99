/// Where each model's free parameters sit in the vector φ that the Newton–Raphson refinement and
/// the observed information use.
///
/// Item-level parameters are numbered by kind: 0 slope (α = D·a), 1 intercept, 2 logit c.
/// - Rasch: φ = (intercept_1 … intercept_n).
/// - Common slope: φ = (α, intercept_1 … intercept_n); every item's slope maps to φ₀.
/// - 2PL: φ = (α_1, intercept_1, α_2, intercept_2, …); 3PL adds logit c_i after each pair.
/// Every mapping is a selection, so the information in φ is Jᵀ·I·J with J of zeros and ones:
/// contributions of items that share a parameter add up.
struct ParameterLayout: Sendable {
    let itemCount: Int
    /// 1 for a kind the model estimates, 0 for a fixed one, indexed by kind.
    let active: SIMD3<Double>
    /// The estimated kinds of each item, in order.
    let kinds: [Int]
    let sharesSlope: Bool

    init(model: CalibrationModel, itemCount: Int) {
        self.itemCount = itemCount
        switch model {
        case .rasch:
            active = SIMD3(0, 1, 0)
            sharesSlope = false
        case .raschCommonSlope:
            active = SIMD3(1, 1, 0)
            sharesSlope = true
        case .twoParameter:
            active = SIMD3(1, 1, 0)
            sharesSlope = false
        case .threeParameter:
            active = SIMD3(1, 1, 1)
            sharesSlope = false
        }
        let active = self.active
        kinds = (0..<3).filter { active[$0] == 1 }
    }

    /// Length of φ.
    var parameterCount: Int {
        sharesSlope ? itemCount + 1 : itemCount * kinds.count
    }

    /// Position in φ of the parameter of `kind` of `item`, or nil when the model fixes it.
    func index(item: Int, kind: Int) -> Int? {
        guard active[kind] == 1 else { return nil }
        if sharesSlope { return kind == 0 ? 0 : 1 + item }
        return item * kinds.count + (kinds.firstIndex(of: kind) ?? 0)
    }
}
