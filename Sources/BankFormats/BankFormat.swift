/// The file formats the bank loader reads and writes.
public enum BankFormat: String, Sendable, CaseIterable {
    /// The native authoring format (docs/ITEM-FORMAT.md).
    case yaml
    /// Moodle GIFT.
    case gift
    /// IMS QTI 2.1, 2.2 or 3.0 (an item file, or a content package with imsmanifest.xml).
    case qti
    /// A spreadsheet export (docs/CSV-FORMAT.md); `.tsv` files are tab-separated.
    case csv

    /// File name extensions that belong to the format when a folder is searched.
    public var extensions: [String] {
        switch self {
        case .yaml: ["yaml", "yml"]
        case .gift: ["gift", "txt"]
        case .qti: ["xml"]
        case .csv: ["csv", "tsv"]
        }
    }
}
