/// The canonical encoding of an audit event and the chain's hash rule.
///
/// An event's payload is compact JSON with sorted keys, in one of two forms:
///
/// - `{"at":…,"kind":…,"row":{…},"rowid":…,"seq":…,"table":…}` — the row itself
///   (``RowSnapshot``), for tables whose rows change (candidates, attempts), so that the chain
///   keeps every state a row has had;
/// - `{"at":…,"kind":…,"row_sha256":…,"rowid":…,"seq":…,"table":…}` — the SHA-256 of the
///   row's canonical JSON, for append-only tables (responses, results, ratings, key changes,
///   rescores), whose rows never change and are there to read: half the bytes per response.
///
/// Its hash is SHA-256 over the previous event's hash (64 lowercase hex characters; 64 zeros
/// before the first event) followed by the payload's bytes, so that
/// `printf '%s%s' "$previous" "$payload" | sha256sum` reproduces it.
enum AuditEvent {
    /// How an event records its row.
    enum RowForm: Sendable {
        case full
        case digest
    }

    static let genesisHash = String(repeating: "0", count: 64)

    /// The payload of an event; `writeRow` writes the covered row's JSON object.
    static func payload(
        seq: Int64, kind: AuditEventKind, table: String, rowID: Int64, at: String, form: RowForm,
        writeRow: (inout PayloadWriter) -> Void
    ) -> [UInt8] {
        var writer = PayloadWriter()
        writer.raw("{\"at\":")
        writer.string(at)
        writer.raw(",\"kind\":")
        writer.string(kind.rawValue)
        writeRowPart(form, writeRow, to: &writer)
        writer.raw(suffix(seq: seq, table: table, rowID: rowID))
        return writer.bytes
    }

    /// `,"row":{…}` or `,"row_sha256":"…"`.
    static func writeRowPart(_ form: RowForm, _ writeRow: (inout PayloadWriter) -> Void, to writer: inout PayloadWriter) {
        switch form {
        case .full:
            writer.raw(",\"row\":")
            writeRow(&writer)
        case .digest:
            var row = PayloadWriter()
            writeRow(&row)
            writer.raw(",\"row_sha256\":")
            writer.string(Digest.hex(row.bytes))
        }
    }

    /// The end of a payload, which holds the fields also kept in columns (row id, sequence,
    /// table) — checked against those columns so that they cannot be edited on their own.
    static func suffix(seq: Int64, table: String, rowID: Int64) -> [UInt8] {
        var writer = PayloadWriter(capacity: 64)
        writer.raw(",\"rowid\":")
        writer.integer(rowID)
        writer.raw(",\"seq\":")
        writer.integer(seq)
        writer.raw(",\"table\":")
        writer.string(table)
        writer.byte(UInt8(ascii: "}"))
        return writer.bytes
    }

    /// The start of a payload before its row part (`{"at":…,"kind":…`) and the form of that
    /// part, or nil when the payload does not have either shape.
    static func head(of payload: [UInt8]) -> (head: ArraySlice<UInt8>, form: RowForm)? {
        let marker = Array(",\"row".utf8)
        guard payload.count > marker.count + 2 else { return nil }
        // `at` and `kind` hold no quotes or commas, so the first marker is the boundary.
        for start in 0...(payload.count - marker.count - 2) where payload[start] == marker[0] {
            guard payload[start..<(start + marker.count)].elementsEqual(marker) else { continue }
            let rest = payload[(start + marker.count)...]
            if rest.starts(with: Array("\":".utf8)) { return (payload[0..<start], .full) }
            if rest.starts(with: Array("_sha256\":".utf8)) { return (payload[0..<start], .digest) }
            return nil
        }
        return nil
    }

    static func hash(previous: String, payload: [UInt8]) -> String {
        Digest.hex(Array(previous.utf8), payload)
    }
}
