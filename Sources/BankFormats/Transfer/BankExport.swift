import AssessCore

/// Exports a bank as native YAML (one file per module) or as a QTI content package.
public enum BankExport {
    /// The files that represent `bank` in `format`, with paths relative to the output folder,
    /// and warnings.
    ///
    /// All-or-nothing: an item the format cannot carry (QTI has no rating scales or shared
    /// stimuli) is an error unless `skipUnsupported`, which leaves it out with a warning.
    public static func files(
        for bank: ItemBank, format: BankFormat, locations: [String: SourceLocation] = [:], skipUnsupported: Bool = false
    ) throws(BankError) -> (files: [OutputFile], warnings: Diagnostics) {
        switch format {
        case .yaml:
            return (yamlFiles(for: bank), Diagnostics())
        case .qti:
            let (files, diagnostics) = BankWriters.qti(bank, locations: locations)
            let adjusted = skipUnsupported ? diagnostics.downgrading(rule: QTIRule.notExportable) : diagnostics
            if adjusted.hasErrors { throw .invalid(adjusted) }
            return (files, adjusted)
        case .gift, .csv:
            throw .invalid(Diagnostics([.error("export to \(format.rawValue) is not supported; use yaml or qti", at: SourceLocation(file: "--format"))]))
        }
    }

    /// One YAML file per module (items without a module go to `unclassified.yaml`); each
    /// stimulus is written with the first item that uses it.
    static func yamlFiles(for bank: ItemBank) -> [OutputFile] {
        var order: [String] = []
        var groups: [String: [Item]] = [:]
        for item in bank.items {
            let name = BankImport.baseName(of: item.classification.module ?? "unclassified")
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(item)
        }
        var written: Set<String> = []
        return order.map { name in
            let items = groups[name] ?? []
            var stimuli: [Stimulus] = []
            for id in items.compactMap(\.stimulus) where !written.contains(id) {
                if let stimulus = bank.stimuli[id] {
                    stimuli.append(stimulus)
                    written.insert(id)
                }
            }
            return OutputFile(path: name + ".yaml", contents: YAMLBankWriter.write(items: items, stimuli: stimuli))
        }
    }
}
