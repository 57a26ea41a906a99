import Foundation

/// How the GIFT reader names items that carry no `[id:…]`.
///
/// A question's id is its `[id:…]` if it has one; else the slug of its title, if that slug is
/// unique in the file and no `[id:…]` uses it; else `<file base name>-<n>`, n being the question's
/// 1-based position among the file's questions (supported or not).
enum GIFTIdentifier {
    /// The lower-case ASCII slug of a title: letters and digits kept (accents dropped), every
    /// other run of characters made one `-` (`"06- création d'instance"` → `06-creation-d-instance`).
    static func slug(_ title: String) -> String {
        var slug = ""
        var pendingDash = false
        // Canonical decomposition splits "é" into "e" and a combining accent, which is dropped.
        for scalar in title.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// The file's name without folders and extension (`banks/safety.gift` → `safety`).
    static func baseName(of file: String) -> String {
        let name = file.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The ids of a file's questions, in order, given each one's `[id:…]` and title.
    static func assign(explicitIDs: [String?], titles: [String?], file: String) -> [String] {
        let base = baseName(of: file)
        let slugs = titles.map { $0.map(slug) ?? "" }
        var slugCounts: [String: Int] = [:]
        for slug in slugs where !slug.isEmpty { slugCounts[slug, default: 0] += 1 }
        let explicit = Set(explicitIDs.compactMap { $0 })
        return explicitIDs.indices.map { index in
            if let id = explicitIDs[index] { return id }
            let slug = slugs[index]
            if !slug.isEmpty, slugCounts[slug] == 1, !explicit.contains(slug) { return slug }
            return "\(base)-\(index + 1)"
        }
    }
}
