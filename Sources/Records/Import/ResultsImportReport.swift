/// What an import wrote.
public struct ResultsImportReport: Sendable, Hashable {
    public var attempts: Int
    public var responses: Int
    public var candidatesRegistered: Int
}
