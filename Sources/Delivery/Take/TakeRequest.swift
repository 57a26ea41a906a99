/// What `assess take` was asked to do.
public struct TakeRequest: Sendable {
    public var testID: String
    public var workerID: String
    /// Register the candidate under this display name if unknown (practice and module tests only).
    public var registerName: String?
    /// The generator seed for a new attempt; random when nil (recorded either way).
    public var seed: UInt64?
    public var bankPath: String
    public var specsPath: String
    public var databasePath: String

    public init(
        testID: String, workerID: String, registerName: String?, seed: UInt64?, bankPath: String, specsPath: String, databasePath: String
    ) {
        self.testID = testID
        self.workerID = workerID
        self.registerName = registerName
        self.seed = seed
        self.bankPath = bankPath
        self.specsPath = specsPath
        self.databasePath = databasePath
    }
}
