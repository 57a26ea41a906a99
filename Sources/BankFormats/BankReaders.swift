import AssessCore

/// Dispatches decoded text to the reader of its format.
enum BankReaders {
    static func read(_ text: String, file: String, format: BankFormat) -> BankDocument {
        switch format {
        case .yaml: YAMLBankReader.read(text, file: file)
        case .csv: CSVBankReader.read(text, file: file)
        case .gift: GIFTReader.read(text, file: file)
        case .qti: QTIReader.read(text, file: file)
        }
    }

    static func readPackage(_ path: String) -> [BankDocument] {
        QTIPackageReader.read(at: path)
    }
}

/// Dispatches export to the writer of a format.
enum BankWriters {
    static func qti(_ bank: ItemBank, locations: [String: SourceLocation]) -> ([OutputFile], Diagnostics) {
        let export = QTIWriter.write(bank.items, locations: locations)
        return (export.files, export.diagnostics)
    }
}
