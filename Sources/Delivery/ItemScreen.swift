import AssessCore

/// What the candidate sees for one item: plain text, no escape codes, and nothing that reveals
/// a key — no key marks, rationales, feedback, credits, parameters or item metadata.
public struct ItemScreen: Sendable {
    /// "Item 3 of 20" for fixed-length tests, "Item 3" for adaptive ones.
    public var position: Int
    public var length: Int?
    /// Minutes and seconds left, when the test is timed.
    public var secondsRemaining: Int?
    /// The shared vignette, when the item belongs to one and it has not been shown yet (or the
    /// candidate asked for it again).
    public var stimulus: Stimulus?
    public var item: Item
    /// Indices into `item.options` in the order they are shown.
    public var optionOrder: [Int]

    public init(position: Int, length: Int?, secondsRemaining: Int?, stimulus: Stimulus?, item: Item, optionOrder: [Int]) {
        self.position = position
        self.length = length
        self.secondsRemaining = secondsRemaining
        self.stimulus = stimulus
        self.item = item
        self.optionOrder = optionOrder
    }

    public var text: String {
        var header = length.map { "Item \(position) of \($0)" } ?? "Item \(position)"
        if let seconds = secondsRemaining { header += " · \(Self.clock(seconds)) left" }
        var out = "\n" + header + "\n" + String(repeating: "-", count: header.count) + "\n"
        if let stimulus {
            out += "\n" + (stimulus.title.map { "Case: \($0)\n" } ?? "Case\n") + stimulus.text + "\n"
        }
        out += "\n" + item.stem + "\n\n"
        switch item.type {
        case .ratingScale:
            let scale = item.ratingScale ?? RatingScale(points: 5)
            for point in 1...max(1, scale.points) {
                let anchor = point <= scale.anchors.count ? "  \(scale.anchors[point - 1])" : ""
                out += "  \(point)\(anchor)\n"
            }
        default:
            for (shown, index) in optionOrder.enumerated() {
                out += "  \(Option.letter(at: shown)). \(item.options[index].text)\n"
            }
        }
        return out
    }

    /// The prompt line, which reminds the candidate how to answer this item.
    public var prompt: String {
        switch item.type {
        case .ratingScale: "Your rating (1-\(item.ratingScale?.points ?? 5), ? for help): "
        case .multipleResponse: "Your answers (letters, e.g. A,C; ? for help): "
        default: "Your answer (\(Option.letter(at: 0))-\(Option.letter(at: max(0, optionOrder.count - 1))), ? for help): "
        }
    }

    static func clock(_ seconds: Int) -> String {
        let clamped = max(0, seconds)
        let minutes = clamped / 60, rest = clamped % 60
        return "\(minutes):\(rest < 10 ? "0" : "")\(rest)"
    }
}
