import AssessCore
import Foundation

/// Reads test specifications from disk: each file named, and each folder's `*.yaml` / `*.yml`
/// files directly inside it (not in subfolders, so `Scoring/rubrics/` and other data beside the
/// specs are left alone), in path order.
public enum TestSpecLoader {
    /// What was read: one document per file, in order, and the problems found on disk (a
    /// missing Sympson–Hetter parameters file). Content checks are ``validate(against:)``'s.
    public struct Result: Sendable {
        public var documents: [TestSpecDocument]
        /// The files read, in order.
        public var files: [String]

        /// The specs that could be read, in file order.
        public var specs: [TestSpec] { documents.compactMap(\.spec) }

        /// The document defining the spec `id`.
        public func document(id: String) -> TestSpecDocument? {
            documents.first { $0.spec?.id == id }
        }

        /// Every problem: the reader's, then each spec's checks, against `bank` when given;
        /// `references` may be named by `exclude-seen` rules (see ``TestSpecValidator``).
        public func validate(against bank: ItemBank?, references: [TestSpec] = []) -> Diagnostics {
            TestSpecValidator.validate(documents, bank: bank, references: references)
        }

        /// The problems the reader found (and missing parameter files), without any cross-check.
        public var readDiagnostics: Diagnostics {
            var diagnostics = Diagnostics()
            for document in documents { diagnostics.append(contentsOf: document.diagnostics) }
            return diagnostics
        }
    }

    /// Loads the specs at `paths` (files, or folders of spec files).
    ///
    /// - Throws: ``BankError/notFound(path:)`` when a path does not exist. Bad content does not
    ///   throw: it is in the documents' diagnostics.
    public static func load(_ paths: [String]) throws(BankError) -> Result {
        let files = try files(at: paths)
        let documents = files.map(read)
        return Result(documents: documents, files: files)
    }

    /// The spec files at `paths`.
    public static func files(at paths: [String]) throws(BankError) -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: path)
            } catch {
                throw .io(path: path, reason: "cannot list the folder")
            }
            let specs = names.filter { name in
                let suffix = (name as NSString).pathExtension.lowercased()
                var isFolder: ObjCBool = false
                let full = (path as NSString).appendingPathComponent(name)
                return !name.hasPrefix(".") && (suffix == "yaml" || suffix == "yml")
                    && manager.fileExists(atPath: full, isDirectory: &isFolder) && !isFolder.boolValue
            }
            result.append(contentsOf: specs.sorted().map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 })
        }
        return result
    }

    /// Reads one spec file; unreadable or non-UTF-8 input becomes a located diagnostic.
    public static func read(_ path: String) -> TestSpecDocument {
        let text: String
        do {
            text = try BankLoader.decodedText(at: path)
        } catch {
            return TestSpecDocument(file: path, diagnostics: Diagnostics([error]))
        }
        var document = TestSpecReader.read(text, file: path)
        checkParameterFile(&document)
        return document
    }

    /// A Sympson–Hetter parameters file named by the spec must exist beside it.
    static func checkParameterFile(_ document: inout TestSpecDocument) {
        guard case .sympsonHetter(let settings)? = document.spec?.mode.adaptiveDesign?.exposure,
            case .file(let name) = settings.parameters
        else { return }
        let folder = (document.file as NSString).deletingLastPathComponent
        let path = name.hasPrefix("/") ? name : (folder as NSString).appendingPathComponent(name)
        if !FileManager.default.fileExists(atPath: path) {
            document.diagnostics.error(
                "the Sympson–Hetter parameters file '\(name)' does not exist (looked for \(path)); run the simulation that derives it, or give 'k' per item",
                at: document.locations["adaptive.exposure.parameters"])
        }
    }
}
