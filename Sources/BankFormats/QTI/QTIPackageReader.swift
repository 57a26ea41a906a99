import AssessCore
import Foundation

/// Reads the items of an IMS content package (QTI 2.1, 2.2 or 3.0) through its `imsmanifest.xml`.
///
/// Every `resource` of an item type (`imsqti_item_xmlv2p1`, `…v2p2`, `imsqti_item_xmlv3p0`) is
/// read with ``QTIReader``, and so is a resource of another type whose `href` is a QTI item
/// file. Test resources (`imsqti_test_xml…`) are skipped: they only reference items, which the
/// manifest lists as resources of their own. Every file a read resource names (its `href` and
/// its `file` elements) must exist inside the package; a missing one, or one outside the
/// package folder, is an error located at the manifest element that names it.
public enum QTIPackageReader {
    /// Reads the package at `path`: a folder holding `imsmanifest.xml`, or the manifest itself.
    ///
    /// The first document is the manifest's own: it has no items, and its diagnostics are the
    /// package's problems (no manifest, malformed XML, missing files). One document per item
    /// file follows, in manifest order. File names in diagnostics start with `path`.
    public static func read(at path: String) -> [BankDocument] {
        var isFolder: ObjCBool = false
        let isPackageFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        let manifestPath = isPackageFolder ? join(path, "imsmanifest.xml") : path
        var manifest = BankDocument(file: manifestPath)
        guard let bytes = FileManager.default.contents(atPath: manifestPath) else {
            let message =
                isPackageFolder
                ? "the folder has no imsmanifest.xml; a QTI content package needs one"
                : "cannot read the manifest: no such file"
            manifest.diagnostics.error(message, at: SourceLocation(file: manifestPath), rule: QTIRule.missingManifest)
            return [manifest]
        }
        let root: SourceElement
        do {
            root = try XMLTreeParser.parse(SourceText.decode(Array(bytes), file: manifestPath), file: manifestPath)
        } catch {
            manifest.diagnostics.append(error)
            return [manifest]
        }
        guard root.name == "manifest" else {
            manifest.diagnostics.error(
                "the root element is <\(root.name)>, not <manifest>", at: root.location, rule: QTIRule.notAManifest)
            return [manifest]
        }
        let folder = manifestPath.lastIndex(of: "/").map {
            $0 == manifestPath.startIndex ? "/" : String(manifestPath[..<$0])
        } ?? ""
        var documents: [BankDocument] = []
        let resources = root.elements.filter { $0.name == "resources" }.flatMap(\.elements)
            .filter { $0.name == "resource" }
        for resource in resources {
            let type = resource["type"] ?? ""
            if type.hasPrefix("imsqti_test_xml") { continue }
            let isItem = type.hasPrefix("imsqti_item_xml")
            var files = QTIResourceFiles(folder: folder, resource: resource)
            let itemPath = files.check(hrefRequired: isItem)
            manifest.diagnostics.append(contentsOf: files.diagnostics)
            guard let itemPath else { continue }
            if let document = readItem(at: itemPath, requiringItem: isItem) { documents.append(document) }
        }
        return [manifest] + documents
    }

    /// The document of an item file; for resources of other types, nil unless it is a QTI item.
    private static func readItem(at path: String, requiringItem: Bool) -> BankDocument? {
        var document = BankDocument(file: path)
        do {
            // Existence was checked; a file that cannot be read now is reported below.
            let bytes = FileManager.default.contents(atPath: path).map(Array.init) ?? []
            let text = try SourceText.decode(bytes, file: path)
            return requiringItem ? QTIReader.read(text, file: path) : QTIReader.readIfItem(text, file: path)
        } catch {
            guard requiringItem else { return nil }
            document.diagnostics.append(error)
            return document
        }
    }

    static func join(_ folder: String, _ relative: String) -> String {
        if folder.isEmpty { return relative }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
