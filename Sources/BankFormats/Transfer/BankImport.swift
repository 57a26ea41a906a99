import AssessCore
import Foundation

/// Imports GIFT, QTI or CSV files into native YAML files in a bank folder.
///
/// All-or-nothing: the imported items are validated together with the bank already in the
/// folder (so duplicate ids and dangling enemies are caught), and nothing is written if any
/// error is found. Each input file becomes `<folder>/<input base name>.yaml`.
public enum BankImport {
    public struct Report: Sendable {
        /// The files written, relative to the folder.
        public var written: [String]
        public var itemCount: Int
        /// Warnings (including skipped unsupported questions when that was asked for).
        public var diagnostics: Diagnostics
    }

    public static func run(
        files: [String], format: BankFormat, into folder: String, replace: Bool = false, skipUnsupported: Bool = false
    ) throws(BankError) -> Report {
        let inputs = try BankLoader.files(at: files, format: format)
        var imported = inputs.flatMap { BankLoader.read($0, format: format) }
        if skipUnsupported {
            for index in imported.indices {
                imported[index].diagnostics = imported[index].diagnostics.downgrading { $0.hasPrefix("unsupported-") }
            }
        }
        let existing = FileManagerProbe.isDirectory(folder) ? try BankLoader.load([folder]).documents : []
        let (_, diagnostics) = BankValidator.validate(existing + imported)
        if diagnostics.hasErrors { throw .invalid(diagnostics) }

        var outputs: [OutputFile] = []
        var usedNames: Set<String> = []
        for document in imported where !document.items.isEmpty || !document.stimuli.isEmpty {
            var name = baseName(of: document.file)
            var suffix = 2
            while !usedNames.insert(name).inserted {
                name = "\(baseName(of: document.file))-\(suffix)"
                suffix += 1
            }
            outputs.append(OutputFile(path: name + ".yaml", contents: YAMLBankWriter.write(items: document.items, stimuli: document.stimuli)))
        }
        try FileWriter.write(outputs, into: folder, replace: replace)
        let warnings = Diagnostics(diagnostics.all.filter { $0.severity == .warning })
        return Report(written: outputs.map(\.path), itemCount: imported.reduce(0) { $0 + $1.items.count }, diagnostics: warnings)
    }

    /// The file's name without folders and extension, made safe for a file name.
    static func baseName(of path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? "imported"
        if name == "imsmanifest.xml" { name = path.split(separator: "/").dropLast().last.map(String.init) ?? "package" }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        let safe = name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" }
        return safe.isEmpty ? "imported" : String(safe)
    }
}

enum FileManagerProbe {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
