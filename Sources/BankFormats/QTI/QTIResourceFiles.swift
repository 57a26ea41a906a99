import AssessCore
import Foundation

/// The files one manifest `resource` names, checked against the package folder.
struct QTIResourceFiles {
    let folder: String
    let resource: SourceElement
    private(set) var diagnostics = Diagnostics()

    /// Checks the resource's `href` and `file` hrefs; returns the path of its `href` file when
    /// that file exists inside the package.
    mutating func check(hrefRequired: Bool) -> String? {
        let id = resource["identifier"] ?? ""
        var main: String?
        if let href = resource["href"] {
            main = existingPath(href, namedBy: resource, resource: id)
        } else if hrefRequired {
            diagnostics.error(
                "resource \"\(id)\" of type \(resource["type"] ?? "") has no href", at: resource.location,
                rule: QTIRule.missingAttribute)
        }
        for file in resource.elements where file.name == "file" {
            // The href file is usually listed again as a file; report it once.
            guard let href = file["href"], href != resource["href"] else { continue }
            _ = existingPath(href, namedBy: file, resource: id)
        }
        return main
    }

    /// The path of `href` in the package if it is inside it and exists; else nil, with an error.
    private mutating func existingPath(_ href: String, namedBy element: SourceElement, resource id: String) -> String? {
        guard let relative = Self.resolve(href) else {
            diagnostics.error(
                "resource \"\(id)\" refers to \"\(href)\", which is outside the package", at: element.location,
                rule: QTIRule.outsidePackage)
            return nil
        }
        let path = QTIPackageReader.join(folder, relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            diagnostics.error(
                "resource \"\(id)\" refers to \"\(href)\", which does not exist", at: element.location,
                rule: QTIRule.missingFile)
            return nil
        }
        return path
    }

    /// `href` (a relative URI) as a normalised path inside the package, or nil if it is
    /// absolute, has a scheme, or climbs above the package folder.
    static func resolve(_ href: String) -> String? {
        let decoded = href.removingPercentEncoding ?? href
        guard !decoded.hasPrefix("/"), !decoded.contains(":"), !decoded.contains("\\") else { return nil }
        var parts: [Substring] = []
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard parts.popLast() != nil else { return nil }
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
