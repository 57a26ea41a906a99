import Testing

@testable import AssessCore

@Suite("Canonical JSON encoder")
struct CanonicalJSONEncoderTests {
    struct Sample: Encodable {
        var zeta: Int
        var alpha: String
        var missing: Double?
        var ratio: Double
        var flags: [Bool]
        var table: [String: Int]
        var choice: Choice
    }

    enum Choice: Encodable {
        case plain
        case tuned(k: Int)
    }

    static func text(_ value: some Encodable) throws -> String {
        String(decoding: try CanonicalJSONEncoder().encode(value), as: UTF8.self)
    }

    @Test("sorts keys, omits unset optionals, writes shortest numbers and nested enums")
    func canonicalForm() throws {
        let sample = Sample(
            zeta: 3, alpha: "a\"b", missing: nil, ratio: 0.1, flags: [true, false], table: ["b": 2, "a": 1], choice: .tuned(k: 5))
        #expect(
            try Self.text(sample)
                == #"{"alpha":"a\"b","choice":{"tuned":{"k":5}},"flags":[true,false],"ratio":0.1,"table":{"a":1,"b":2},"zeta":3}"#)
        #expect(try Self.text(Choice.plain) == #"{"plain":{}}"#)
        #expect(try Self.text(-4.0...4.0) == "[-4.0,4.0]")
    }

    @Test("refuses NaN and infinity rather than writing a value no reader agrees on")
    func nonFinite() {
        #expect(throws: EncodingError.self) { try CanonicalJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try CanonicalJSONEncoder().encode(["x": Double.infinity]) }
    }
}
