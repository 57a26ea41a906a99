import AssessCore
import Sequencing

/// What can go wrong reading response files and computing statistics.
public enum AnalysisError: Error, Sendable {
    /// The input has problems, each located.
    case invalid(Diagnostics)
    /// A file named by the user does not exist or cannot be read.
    case unreadable(path: String)
    /// The test design cannot be run as specified (a setting the sequencer cannot honour, a
    /// blueprint the pool cannot meet).
    case design(SequencingError)
}
