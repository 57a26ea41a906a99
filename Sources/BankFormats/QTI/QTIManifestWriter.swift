import AssessCore

/// Writes the `imsmanifest.xml` of a QTI 2.1 content package that lists item files.
enum QTIManifestWriter {
    /// The manifest for `items`, each paired with its file's path in the package.
    ///
    /// The manifest identifier is derived from the item files' contents, so that the same
    /// export gives the same package, byte for byte, and a different export a different id.
    static func manifest(for items: [(id: String, file: QTIExport.File)]) -> String {
        let digest = SHA256Hex.digest(of: items.map { $0.file.path + "\n" + $0.file.contents }.joined())
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1""#,
            #"    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#,
            #"    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1"#,
            #"        http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd""#,
            #"    identifier="MANIFEST-\#(digest.prefix(16))">"#,
            "  <metadata>",
            "    <schema>QTIv2.1 Package</schema>",
            "    <schemaversion>1.0.0</schemaversion>",
            "  </metadata>",
            "  <organizations/>",
            "  <resources>",
        ]
        for (id, file) in items {
            let href = XMLEscaping.attribute(file.path)
            lines += [
                #"    <resource identifier="RES-\#(XMLEscaping.attribute(id))" type="imsqti_item_xmlv2p1""#
                    + #" href="\#(href)">"#,
                #"      <file href="\#(href)"/>"#,
                "    </resource>",
            ]
        }
        lines += ["  </resources>", "</manifest>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
