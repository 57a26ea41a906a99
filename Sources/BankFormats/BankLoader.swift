import AssessCore
import Dispatch
import Foundation
import Synchronization

/// Reads bank files from disk: the one place where the bank layer touches the file system
/// for reading.
public enum BankLoader {
    /// The result of loading: the bank, the documents it came from, and every diagnostic.
    public struct Result: Sendable {
        public var bank: ItemBank
        public var documents: [BankDocument]
        public var diagnostics: Diagnostics
        /// The files read, in order.
        public var files: [String]

        /// Where each item of the bank was defined (its first definition).
        public var itemLocations: [String: SourceLocation] {
            var locations: [String: SourceLocation] = [:]
            for document in documents {
                for (id, location) in document.itemLocations where locations[id] == nil { locations[id] = location }
            }
            return locations
        }

        /// Runs the item-writing checker over the loaded bank.
        public func lint(options: ItemLinter.Options = ItemLinter.Options()) -> ItemLinter.Report {
            ItemLinter.lint(bank, locations: itemLocations, options: options)
        }
    }

    /// Loads and validates the bank found at `paths` (files, or folders searched recursively
    /// for files of `format`), in path order.
    ///
    /// - Throws: ``BankError/notFound(path:)`` when a path does not exist. Bad content does not
    ///   throw: it is in the result's diagnostics.
    public static func load(_ paths: [String], format: BankFormat = .yaml) throws(BankError) -> Result {
        let files = try BankLoader.files(at: paths, format: format)
        let documents = readConcurrently(files, format: format)
        let (bank, diagnostics) = BankValidator.validate(documents)
        return Result(bank: bank, documents: documents, diagnostics: diagnostics, files: files)
    }

    /// Reads files on every core (files are independent), keeping their order.
    static func readConcurrently(_ files: [String], format: BankFormat) -> [BankDocument] {
        let results = Mutex([[BankDocument]](repeating: [], count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let documents = read(files[index], format: format)
            results.withLock { $0[index] = documents }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    /// The files at `paths`: each file as given, each folder's files of `format` (recursively,
    /// hidden entries skipped) sorted by path.
    public static func files(at paths: [String], format: BankFormat) throws(BankError) -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            // A QTI content package is read through its manifest, not file by file.
            if format == .qti, manager.fileExists(atPath: (path as NSString).appendingPathComponent("imsmanifest.xml")) {
                result.append(path)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else { throw .io(path: path, reason: "cannot list the folder") }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                if format.extensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
                }
            }
            result.append(contentsOf: found.sorted())
        }
        return result
    }

    /// Reads one file (or QTI package folder) into documents; unreadable or non-UTF-8 input
    /// becomes a located diagnostic.
    public static func read(_ path: String, format: BankFormat) -> [BankDocument] {
        var isDirectory: ObjCBool = false
        if format == .qti, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            isDirectory.boolValue || (path as NSString).lastPathComponent == "imsmanifest.xml"
        {
            return BankReaders.readPackage(path)
        }
        let text: String
        do {
            text = try decodedText(at: path)
        } catch {
            var document = BankDocument(file: path)
            document.diagnostics.append(error)
            return [document]
        }
        return [BankReaders.read(text, file: path, format: format)]
    }

    /// The UTF-8 text of a file, BOM dropped and line ends normalised.
    public static func decodedText(at path: String) throws(Diagnostic) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read the file", at: SourceLocation(file: path))
        }
        return try SourceText.decode([UInt8](data), file: path)
    }
}
