import AssessCore
import Testing

@testable import Records

@Suite("PayloadWriter: the canonical encoding, fast")
struct PayloadWriterTests {
    static let strings = HostileText.all.map(\.text) + ["", "plain", "\\", "\"", "\u{0}\u{1}\u{1F}\u{20}\u{7F}", "é✓👩🏽‍⚕️"]
    static let numbers: [Double] = [0, -0.0, 1, 0.5, -1.25, 1e-07, 123_456_789.123, 1e300, .pi]

    @Test("strings and numbers are written exactly as CanonicalJSON writes them")
    func sameBytes() {
        for text in Self.strings {
            var canonical = CanonicalJSON()
            canonical.string(text)
            var fast = PayloadWriter()
            fast.string(text)
            #expect(fast.bytes == canonical.bytes, "\(text.prefix(40))")
        }
        for number in Self.numbers {
            var canonical = CanonicalJSON()
            canonical.number(number)
            var fast = PayloadWriter()
            fast.real(number)
            #expect(fast.bytes == canonical.bytes, "\(number)")
        }
        for integer: Int64 in [0, 7, 10, -1, .max, .min] {
            var canonical = CanonicalJSON()
            canonical.integer(Int(integer))
            var fast = PayloadWriter()
            fast.integer(integer)
            #expect(fast.bytes == canonical.bytes)
        }
    }

    @Test("an inserted row's encoding equals the encoding of the row read back")
    func insertMatchesReadBack() {
        let values: [SQLValue] = [.integer(3), .text("W-1"), .null, .real(0.5), .text(HostileText.all[3].text)]
        let table = RecordTable("t", ["b", "a", "z", "c", "d"], ordinal: 0)
        var fast = PayloadWriter()
        table.writeRow(values, id: 9, to: &fast)
        var generic = PayloadWriter()
        RowSnapshot([("id", .integer(9))] + zip(table.columns, values).map { (name: $0.0, value: $0.1) }).write(to: &generic)
        #expect(fast.bytes == generic.bytes)
        #expect(String(decoding: fast.bytes, as: UTF8.self).hasPrefix(#"{"a":"W-1","b":3,"c":0.5,"d":"tab\there"#))
    }
}
