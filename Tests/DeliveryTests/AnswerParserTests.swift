import AssessCore
import Testing

@testable import Delivery

@Suite("Answer parser")
struct AnswerParserTests {
    static let single = AnswerParser(type: .singleBestAnswer, choiceCount: 4)
    static let multiple = AnswerParser(type: .multipleResponse, choiceCount: 5)
    static let rating = AnswerParser(type: .ratingScale, choiceCount: 5)

    @Test("letters, case and spaces", arguments: [("b", 1), (" C ", 2), ("A", 0), ("d\t", 3)])
    func singleLetters(line: String, index: Int) {
        #expect(Self.single.parse(line) == .choices([index]))
    }

    @Test("multiple response: A,C or A C or AC", arguments: ["A,C", "a c", "ac", " C , A "])
    func multipleLetters(line: String) {
        #expect(Self.multiple.parse(line) == .choices([0, 2]))
    }

    @Test("commands are recognised whatever the item", arguments: [
        ("?", SessionCommand.help), ("HELP", .help), ("time", .time), ("case", .showCase), ("Pause", .pause),
        ("quit", .quit), ("skip", .skip), ("back", .back), ("flag", .flag), ("review", .review), ("submit", .submit),
    ])
    func commands(line: String, command: SessionCommand) {
        #expect(Self.single.parse(line) == .command(command))
        #expect(Self.rating.parse(line) == .command(command))
    }

    @Test("garbage is invalid with a reason, verbatim", arguments: [
        (single, "E", "Type one letter from A to D, or ? for help."),
        (single, "AB", "Type one letter from A to D, or ? for help."),
        (single, "", "Type one letter from A to D, or ? for help."),
        (multiple, "A,Z", "Type the letters of every answer that applies (for example A,C), from A to E."),
        (multiple, "AA", "Each letter once, please: A appears twice."),
        (rating, "6", "Type a number from 1 to 5, or ? for help."),
        (rating, "three", "Type a number from 1 to 5, or ? for help."),
    ])
    func invalid(parser: AnswerParser, line: String, reason: String) {
        #expect(parser.parse(line) == .invalid(reason))
    }

    @Test("ratings", arguments: [("1", 1), (" 5 ", 5)])
    func ratings(line: String, value: Int) {
        #expect(Self.rating.parse(line) == .rating(value))
    }
}
