import AssessCore

/// Dispatches decoded text to the reader of its format.
enum BankReaders {
    static func read(_ text: String, file: String, format: BankFormat) -> BankDocument {
        switch format {
        case .yaml: YAMLBankReader.read(text, file: file)
        case .csv: CSVBankReader.read(text, file: file)
        case .gift: GIFTReader.read(text, file: file)
        case .qti: unsupported(file: file, format: format)
        }
    }

    static func readPackage(_ path: String) -> [BankDocument] {
        [unsupported(file: path, format: .qti)]
    }

    private static func unsupported(file: String, format: BankFormat) -> BankDocument {
        var document = BankDocument(file: file)
        document.diagnostics.error("reading \(format.rawValue) is not available in this build", at: SourceLocation(file: file))
        return document
    }
}

/// Dispatches export to the writer of a format.
enum BankWriters {
    static func qti(_ bank: ItemBank) throws(BankError) -> [OutputFile] {
        throw .invalid(Diagnostics([.error("QTI export is not available in this build", at: SourceLocation(file: "--format"))]))
    }
}
