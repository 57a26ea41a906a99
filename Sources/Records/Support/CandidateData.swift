/// A value that identifies or describes a candidate (a worker id, a name, an answer), carried
/// by an error so that the message can name it only when asked to.
///
/// Like GRDB's hidden statement arguments: the default description is a placeholder, so that a
/// log or a screenshot of an error does not leak personnel data.
public struct CandidateData: Sendable, Hashable, CustomStringConvertible {
    public var value: String

    public init(_ value: String) { self.value = value }

    /// `‹hidden›`; use ``revealed(_:)`` to show the value.
    public var description: String { "‹hidden›" }

    /// The value quoted when `reveal` is true, else the placeholder.
    public func revealed(_ reveal: Bool) -> String { reveal ? "'\(value)'" : description }
}
