import AssessCore
import Foundation
import Testing

@testable import BankFormats

/// One file of the GIFT peer suite (GIFT-grammar-PEG.js `tests/questions/`): the GIFT text and
/// what that parser's authors expect from it, mapped onto this engine's item model.
struct GIFTPeerFixture {
    /// The fixture's name without extension (`mc1`).
    let name: String
    /// The GIFT text, decoded as the engine decodes files.
    let text: String
    /// The expected entries, in file order (categories included).
    let entries: [GIFTPeerEntry]

    /// The folder holding the copied peer suite.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/gift-peg")

    /// The names of every `.gift` file of the suite, sorted.
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".gift") }.map { String($0.dropLast(".gift".count)) }.sorted()
    }

    init(_ name: String) throws {
        self.name = name
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).gift"))
        text = try SourceText.decode(Array(bytes), file: "\(name).gift")
        let json = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).json"))
        let objects = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        entries = try objects.map(GIFTPeerEntry.init)
    }

    /// The file name the reader is given.
    var file: String { "\(name).gift" }

    /// Where each question starts (line, column), found independently of the reader: the first
    /// line of each blank-line-separated block that is neither a `//` comment nor `$CATEGORY:`,
    /// at its first character that is not a space or tab.
    var questionStarts: [(line: Int, column: Int)] {
        var starts: [(line: Int, column: Int)] = []
        var blockHasQuestion = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.isEmpty {
                blockHasQuestion = false
            } else if !blockHasQuestion, !content.hasPrefix("//"), !content.hasPrefix("$CATEGORY:") {
                blockHasQuestion = true
                starts.append((index + 1, line.count - content.count + 1))
            }
        }
        return starts
    }
}

/// One entry of a peer-suite `.json` file, in that parser's shape.
///
/// Its true/false feedbacks are named by position: `trueFeedback` is the first `#` part (which
/// GIFT shows for a wrong answer) and `falseFeedback` the second (shown for a right answer).
struct GIFTPeerEntry {
    var type: String
    var id: String?
    var tags: [String]
    var title: String?
    var stem: String?
    var stemFormat: String?
    var globalFeedback: String?
    var choices: [GIFTPeerChoice]
    var isTrue: Bool?
    var firstFeedback: String?
    var secondFeedback: String?

    init(_ object: [String: Any]) throws {
        type = try #require(object["type"] as? String)
        id = object["id"] as? String
        tags = object["tags"] as? [String] ?? []
        title = object["title"] as? String
        stem = Self.text(object["stem"])
        stemFormat = (object["stem"] as? [String: Any])?["format"] as? String
        globalFeedback = Self.text(object["globalFeedback"])
        choices = (object["choices"] as? [[String: Any]] ?? []).map(GIFTPeerChoice.init)
        isTrue = object["isTrue"] as? Bool
        firstFeedback = Self.text(object["trueFeedback"])
        secondFeedback = Self.text(object["falseFeedback"])
    }

    /// The `text` of a `{format, text}` object, or nil for JSON null.
    static func text(_ value: Any?) -> String? {
        (value as? [String: Any])?["text"] as? String
    }

    /// The name the reader gives this entry's type when it does not import it, or nil when it does.
    var unsupportedKind: String? {
        switch type {
        case "MC", "TF", "Category": nil
        case "Short": "short answer"
        default: type.lowercased()
        }
    }
}

/// One choice of a peer-suite entry.
struct GIFTPeerChoice {
    var isCorrect: Bool
    var weight: Double?
    var text: String?
    var feedback: String?

    init(_ object: [String: Any]) {
        isCorrect = object["isCorrect"] as? Bool ?? false
        weight = (object["weight"] as? NSNumber)?.doubleValue
        text = GIFTPeerEntry.text(object["text"])
        feedback = GIFTPeerEntry.text(object["feedback"])
    }
}
