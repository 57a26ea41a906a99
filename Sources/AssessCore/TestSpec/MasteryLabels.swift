/// The words shown for meeting and not meeting the cut.
public struct MasteryLabels: Sendable, Hashable, Codable {
    /// Shown when the score is at or above the cut (`Pass`, `Mastered`).
    public var met: String
    /// Shown when it is below (`Fail`, `Not yet mastered`).
    public var notMet: String

    public init(met: String, notMet: String) {
        self.met = met
        self.notMet = notMet
    }
}
