import AssessCore

/// The canonical encoding of an audit event and the chain's hash rule.
///
/// An event's payload is compact JSON with sorted keys:
/// `{"at":…,"kind":…,"row":{…},"rowid":…,"seq":…,"table":…}`, where `row` is the covered row
/// (``RowSnapshot``). Its hash is SHA-256 over the previous event's hash (64 lowercase hex
/// characters; 64 zeros before the first event) followed by the payload's bytes, so that
/// `printf '%s%s' "$previous" "$payload" | sha256sum` reproduces it.
enum AuditEvent {
    static let genesisHash = String(repeating: "0", count: 64)

    static func payload(
        seq: Int64, kind: AuditEventKind, table: String, rowID: Int64, at: Timestamp, row: RowSnapshot
    ) -> [UInt8] {
        var json = CanonicalJSON()
        json.object { json in
            json.key("at")
            json.string(at.description)
            json.key("kind")
            json.string(kind.rawValue)
            json.key("row")
            row.write(to: &json)
            json.key("rowid")
            json.integer(Int(rowID))
            json.key("seq")
            json.integer(Int(seq))
            json.key("table")
            json.string(table)
        }
        return json.bytes
    }

    /// The end of a payload, which holds the fields also kept in columns (row id, sequence,
    /// table) — checked against those columns so that they cannot be edited on their own.
    static func suffix(seq: Int64, table: String, rowID: Int64) -> [UInt8] {
        var json = CanonicalJSON()
        json.string(table)
        return Array(",\"rowid\":\(rowID),\"seq\":\(seq),\"table\":".utf8) + json.bytes + [UInt8(ascii: "}")]
    }

    /// The start of a payload up to the row (`{"at":…,"kind":…,"row":`), or nil when the
    /// payload does not have that shape.
    static func prefix(of payload: [UInt8]) -> ArraySlice<UInt8>? {
        let marker = Array(",\"row\":".utf8)
        guard payload.count > marker.count else { return nil }
        // `at` and `kind` hold no quotes or commas, so the first marker is the boundary.
        for start in 0...(payload.count - marker.count) where payload[start] == marker[0] {
            if payload[start..<(start + marker.count)].elementsEqual(marker) {
                return payload[0..<(start + marker.count)]
            }
        }
        return nil
    }

    static func hash(previous: String, payload: [UInt8]) -> String {
        SHA256Hex.digest(of: Array(previous.utf8) + payload)
    }
}
