/// How the items of a test are chosen and ordered, with the settings of that mode.
public enum TestMode: Sendable, Hashable, Codable {
    /// Every pool item, in the pool's order or shuffled: a fixed form.
    case linear(LinearForm)
    /// A form of fixed length drawn at random from the pool so that it meets the blueprint
    /// exactly, respects enemies and keeps stimulus sets together (LOFT: linear-on-the-fly).
    case randomForm(RandomForm)
    /// Computerized adaptive testing: each item chosen for the candidate's current θ estimate.
    case adaptive(AdaptiveSpec)

    /// The mode's name as written in a spec file.
    public var name: String {
        switch self {
        case .linear: "linear"
        case .randomForm: "random-form"
        case .adaptive: "adaptive"
        }
    }

    /// The adaptive design, when the mode is adaptive.
    public var adaptiveDesign: AdaptiveSpec? {
        if case .adaptive(let design) = self { return design }
        return nil
    }

    /// How many scored items a completed test holds: the form length, or the adaptive design's
    /// minimum…maximum; nil for a linear test that delivers its whole pool (its size is the
    /// pool's).
    public var scoredLength: ClosedRange<Int>? {
        switch self {
        case .linear(let form): form.length.map { $0...$0 }
        case .randomForm(let form): form.length...form.length
        case .adaptive(let design): design.stopping.minimumItems...max(design.stopping.minimumItems, design.stopping.maximumItems)
        }
    }
}
