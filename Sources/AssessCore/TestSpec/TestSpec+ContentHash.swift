extension TestSpec {
    /// The spec's version: SHA-256 (hex) of its canonical encoding, recorded with every
    /// attempt so that a result can be recomputed under exactly the rules it was taken under.
    ///
    /// Covers every field, as parsed: comments, key order, quoting and layout of the YAML file
    /// do not change it; any change of meaning does (a title, a share, a cut). The encoding is
    /// ``CanonicalJSONEncoder`` over the `Codable` form: sorted keys, no whitespace, shortest
    /// round-trip numbers, unset optionals omitted — so a later optional field, left unset,
    /// keeps existing hashes.
    public var contentHash: String {
        // Encoding cannot fail: the spec holds only finite numbers (the reader rejects others).
        guard let bytes = try? CanonicalJSONEncoder().encode(self) else {
            preconditionFailure("a test spec holds a value canonical JSON cannot encode (NaN or infinity)")
        }
        return SHA256Hex.digest(of: bytes)
    }
}
