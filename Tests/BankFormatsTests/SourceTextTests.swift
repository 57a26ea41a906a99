import AssessCore
import Testing

@testable import BankFormats

@Suite("SourceText")
struct SourceTextTests {
    @Test("drops a byte-order mark and normalises CRLF and CR to LF")
    func normalises() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8)
        #expect(try SourceText.decode(bytes, file: "f") == "a\nb\nc\n")
    }

    @Test("rejects invalid UTF-8 with its byte offset, line and column")
    func rejectsInvalidUTF8() {
        let bytes = Array("ok\nab".utf8) + [0xE9] + Array("t\n".utf8)  // Latin-1 "é"
        #expect {
            try SourceText.decode(bytes, file: "latin1.yaml")
        } throws: { error in
            (error as? Diagnostic)?.description
                == "latin1.yaml:2:3: error: not valid UTF-8 at byte offset 5 (byte 0xE9); save the file as UTF-8"
        }
    }

    @Test("finds the first malformed sequence", arguments: [
        ([0x41, 0xC3, 0xA9, 0x42] as [UInt8], nil as Int?),  // "AéB"
        ([0xF0, 0x9F, 0x98, 0x80], nil),  // an emoji
        ([0x41, 0xC0, 0x80], 1),  // overlong NUL
        ([0xED, 0xA0, 0x80], 0),  // a UTF-16 surrogate
        ([0xE2, 0x82], 0),  // truncated at the end
        ([0x80], 0),  // a lone continuation byte
    ])
    func malformed(bytes: [UInt8], offset: Int?) {
        #expect(SourceText.firstInvalidUTF8Offset(bytes, from: 0) == offset)
    }
}
