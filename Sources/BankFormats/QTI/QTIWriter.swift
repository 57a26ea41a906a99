import AssessCore

/// Exports choice items as a QTI 2.1 content package: one `assessmentItem` file per item
/// (`items/<id>.xml`) and an `imsmanifest.xml`. It does no file I/O; the caller writes the files.
///
/// Single-best-answer, multiple-response and true/false items are exported (see
/// ``QTIItemWriter`` for the shape). What QTI 2.1 choice items cannot carry is an error, and the
/// item is left out: rating-scale items (a choice interaction without a key would read back as
/// an item with a missing key, not as a rating scale), items that refer to a shared stimulus,
/// items without a key, identifiers that are not QTI identifiers, and text with characters XML
/// cannot represent. Markdown, HTML or Moodle text is exported as literal text with a warning.
///
/// Exported: id, title (the id when there is none, since QTI requires one), stem, options (id,
/// text, key, credit, rationale), scoring, shuffle and general feedback. Not exported: status,
/// classification, IRT parameters, enemies, security and lint exceptions, which have no QTI
/// counterpart; reading the package back gives their defaults. For items read from QTI, and for
/// plain-text items whose credits are all explicit or all absent (and absent under
/// all-or-nothing scoring), reading the export gives back equal items.
public enum QTIWriter {
    /// The package for `items`; `locations` (item id → where the item was defined, e.g.
    /// ``BankDocument/itemLocations``) places diagnostics, which otherwise name the item's file.
    public static func write(_ items: [Item], locations: [String: SourceLocation] = [:]) -> QTIExport {
        var diagnostics = Diagnostics()
        var exported: [(id: String, file: QTIExport.File)] = []
        var seen: Set<String> = []
        for item in items {
            let path = "items/\(item.id).xml"
            let location = locations[item.id] ?? SourceLocation(file: path)
            guard seen.insert(item.id).inserted else {
                diagnostics.error(
                    "item \"\(item.id)\" is given twice; only the first is exported", at: location,
                    rule: QTIRule.duplicateItem)
                continue
            }
            var problems = Diagnostics()
            check(item, at: location, into: &problems)
            diagnostics.append(contentsOf: problems)
            guard !problems.hasErrors else { continue }
            exported.append((item.id, QTIExport.File(path: path, contents: QTIItemWriter(item: item).document())))
        }
        let manifest = QTIExport.File(path: "imsmanifest.xml", contents: QTIManifestWriter.manifest(for: exported))
        return QTIExport(files: exported.map(\.file) + [manifest], diagnostics: diagnostics)
    }

    private static func check(_ item: Item, at location: SourceLocation, into diagnostics: inout Diagnostics) {
        let name = "item \"\(item.id)\""
        if item.type == .ratingScale {
            diagnostics.error(
                "\(name) is a rating-scale item; QTI choice items need a key, so it is not exported", at: location,
                rule: QTIRule.notExportable)
            return
        }
        if let stimulus = item.stimulus {
            diagnostics.error(
                "\(name) refers to stimulus \"\(stimulus)\", which a QTI 2.1 item cannot carry; it is not exported",
                at: location, rule: QTIRule.notExportable)
        }
        if item.keys.isEmpty {
            diagnostics.error("\(name) has no key; it is not exported", at: location, rule: QTIRule.notExportable)
        }
        for id in [item.id] + item.options.map(\.id) where !isIdentifier(id) {
            diagnostics.error(
                "\(name): \"\(id)\" is not a QTI identifier (a letter or '_', then letters, digits, '-', '_' or '.')",
                at: location, rule: QTIRule.invalidIdentifier)
        }
        let texts = [item.title ?? "", item.stem, item.generalFeedback ?? ""]
            + item.options.flatMap { [$0.text, $0.rationale ?? ""] }
        if let scalar = texts.lazy.compactMap(XMLEscaping.firstInvalidScalar(in:)).first {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            diagnostics.error(
                "\(name) contains the character \(code), which XML cannot represent", at: location,
                rule: QTIRule.invalidCharacter)
        }
        if item.textFormat != .plain {
            diagnostics.warning(
                "\(name) is in \(item.textFormat.rawValue) format; QTI export writes its text as plain text, "
                    + "markup included",
                at: location, rule: QTIRule.markupAsText)
        }
    }

    /// Whether `id` is an `xsd:NCName`, the type of QTI identifiers (and safe as a file name).
    static func isIdentifier(_ id: String) -> Bool {
        guard let first = id.first, first.isLetter || first == "_" else { return false }
        return id.allSatisfy { $0.isLetter || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
