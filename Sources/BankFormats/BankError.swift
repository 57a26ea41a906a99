import AssessCore

/// What can go wrong while loading, importing or exporting a bank.
public enum BankError: Error, Sendable {
    /// The input has problems; every one of them is listed (errors and warnings).
    case invalid(Diagnostics)
    /// A path named by the user does not exist.
    case notFound(path: String)
    /// A file could not be read or written.
    case io(path: String, reason: String)
    /// A file that would be written already exists and replacing it was not asked for.
    case wouldOverwrite(path: String)
    /// No item with this id is in the bank.
    case unknownItem(id: String, suggestion: String?)
    /// No test specification with this id is in the specs folder.
    case unknownTest(id: String, folder: String, suggestion: String?)
}
