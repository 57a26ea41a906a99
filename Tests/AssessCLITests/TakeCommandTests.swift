import AssessCore
import BankFormats
import Foundation
import Testing

/// `assess take` end to end through pipes: the real binary, the shipped content, a real
/// SQLite file in a temporary folder.
@Suite("assess take (end to end)", .serialized)
struct TakeCommandTests {
    static let root = AssessProcess.repositoryRoot

    static func take(_ arguments: [String], in folder: TemporaryFolder, input: String) throws -> AssessProcess.Result {
        try AssessProcess.run(
            ["take", "--bank", root.appendingPathComponent("ItemBank").path, "--specs", root.appendingPathComponent("Scoring").path,
             "--db", "t.sqlite"] + arguments,
            in: folder.url, input: input)
    }

    static func sql(_ query: String, in folder: TemporaryFolder) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [folder.url.appendingPathComponent("t.sqlite").path, query]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("a module post-test: garbage re-prompts, EOF pauses, the next run resumes at the same item and finishes")
    func moduleTestPauseAndResume() throws {
        let folder = try TemporaryFolder()
        let first = try Self.take(
            ["--test", "fnd-casework-post", "--candidate", "W1", "--register", "Ana Test", "--seed", "11"], in: folder,
            input: "\nZ\nhello\nA\nA\n")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Item 1 of 15"))
        #expect(first.stdout.contains("Item 3 of 15"))
        #expect(first.stdout.hasSuffix("Paused. Every answer so far is saved; run the same command again to continue.\n"))
        #expect(try Self.sql("select count(*) from responses;", in: folder) == "2\n")
        #expect(!first.stdout.contains("\u{1B}"), "escape codes written to a pipe")
        let itemThree = try #require(first.stdout.components(separatedBy: "Item 3 of 15").last?.split(separator: "\n").dropFirst(2).first)

        let second = try Self.take(["--test", "fnd-casework-post", "--candidate", "W1"], in: folder, input: String(repeating: "A\n", count: 13) + "submit\nyes\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Welcome back to"))
        #expect(second.stdout.contains("2 answered so far"))
        // The same third item, with the same option order, is shown first.
        #expect(second.stdout.components(separatedBy: "Item 3 of 15").last?.split(separator: "\n").dropFirst(2).first == itemThree)
        #expect(second.stdout.contains("Your score: "))
        #expect(second.stdout.contains("By learning objective:"))
        #expect(try Self.sql("select count(*), count(distinct item_id), min(sequence), max(sequence) from responses;", in: folder) == "15|15|1|15\n")
        #expect(try Self.sql("select status from attempts;", in: folder) == "completed\n")

        let audit = try AssessProcess.run(["audit", "verify", "--db", "t.sqlite"], in: folder.url)
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
    }

    @Test("the certification test never shows a key, rationale or parameter, and refuses unknown candidates")
    func certificationSecurity() throws {
        let bank = try BankLoader.load([Self.root.appendingPathComponent("ItemBank").path]).bank
        let secrets = Set(bank.items.filter { $0.id.hasPrefix("CERT-") }.flatMap { item in
            item.options.compactMap(\.rationale) + [item.generalFeedback].compactMap { $0 }
        })
        let folder = try TemporaryFolder()
        let refused = try Self.take(["--test", "certification", "--candidate", "NOBODY", "--register", "X"], in: folder, input: "\n")
        #expect(refused.status == 65)
        #expect(refused.stderr == "error: no candidate with that worker id is registered; add them with assess candidates add\n")
        for seed in 1...6 {
            let worker = "I\(seed)"
            _ = try AssessProcess.run(["candidates", "add", worker, "--name", "Incumbent \(seed)", "--role", "incumbent", "--db", "t.sqlite"], in: folder.url)
            let letters = ["A", "B", "C", "D", "A,C"]
            // Enough lines for 128 items even when many are invalid for the item shown (C on a
            // true/false item, A,C on a single-answer item): those re-prompt and are never recorded.
            let answers = (0..<700).map { letters[($0 * (seed + 1)) % letters.count] }.joined(separator: "\n")
            let result = try Self.take(["--test", "certification", "--candidate", worker, "--seed", "\(seed)"], in: folder, input: "\n" + answers + "\n")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Result: "))
            let leaked = secrets.filter { result.stdout.contains($0) }
            #expect(leaked.isEmpty, "rationales shown: \(leaked.prefix(3))")
            for word in ["Correct.", "rationale", "irt:", "3pl", "theta", "θ", "key:", " a=", " b=", " c=", "provisional"] {
                #expect(!result.stdout.contains(word), "\(word)")
            }
        }
        #expect(try Self.sql("select count(*) from attempts where status = 'completed';", in: folder) == "6\n")
    }

    @Test("the self-assessment ends with a development-needs profile naming modules")
    func selfAssessment() throws {
        let folder = try TemporaryFolder()
        let ratings = (0..<32).map { ["5", "4", "2", "1", "3"][$0 % 5] }.joined(separator: "\n")
        let result = try Self.take(["--test", "self-assessment", "--candidate", "W9", "--register", "New Worker"], in: folder, input: "\n7\n" + ratings + "\nsubmit\nyes\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Type a number from 1 to 5, or ? for help."))
        #expect(result.stdout.contains("Your development needs (rated 2 or lower), most pressing first:"))
        #expect(result.stdout.contains("    Modules: "))
    }

    @Test("a missing bank or specs folder is named, and nothing is created")
    func missingContent() throws {
        let folder = try TemporaryFolder()
        let noBank = try AssessProcess.run(["take", "--test", "certification", "--candidate", "W1", "--bank", "nowhere", "--db", "t.sqlite"], in: folder.url)
        #expect(noBank.status == 66)
        #expect(noBank.stderr == "error: no such file or folder: nowhere\n")
        let noSpecs = try AssessProcess.run(
            ["take", "--test", "certification", "--candidate", "W1", "--bank", Self.root.appendingPathComponent("ItemBank").path, "--db", "t.sqlite"],
            in: folder.url)
        #expect(noSpecs.status == 66)
        #expect(noSpecs.stderr == "error: no such file or folder: Scoring\n")
        #expect(folder.files().isEmpty)
    }

    @Test("a retake too soon is refused with the date it becomes possible")
    func retakeTooSoon() throws {
        let folder = try TemporaryFolder()
        let answers = "\n" + String(repeating: "B\n", count: 15) + "submit\nyes\n"
        _ = try Self.take(["--test", "fnd-casework-post", "--candidate", "W2", "--register", "Ben"], in: folder, input: answers)
        let again = try Self.take(["--test", "fnd-casework-post", "--candidate", "W2"], in: folder, input: answers)
        #expect(again.status == 65)
        #expect(again.stderr.hasPrefix("error: A retake of "))
        #expect(again.stderr.contains("is allowed from "))
    }
}

@Suite("assess results (end to end)")
struct ResultsCommandTests {
    @Test("lists a candidate's attempts and shows one with its subscores")
    func results() throws {
        let folder = try TemporaryFolder()
        let answers = "\n" + String(repeating: "B\n", count: 20) + "submit\nyes\n"
        _ = try TakeCommandTests.take(["--test", "saf-identification-pre", "--candidate", "W3", "--register", "Cy"], in: folder, input: answers)
        let list = try AssessProcess.run(["results", "--candidate", "W3", "--db", "t.sqlite"], in: folder.url)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("saf-identification-pre"))
        #expect(list.stdout.contains("completed"))
        let one = try AssessProcess.run(["results", "--attempt", "1", "--db", "t.sqlite"], in: folder.url)
        #expect(one.stdout.hasPrefix("attempt 1: saf-identification-pre (pre, random-form)\n"))
        #expect(one.stdout.contains("objective/SAF-IDENTIFICATION-1"))
        let missing = try AssessProcess.run(["results", "--attempt", "99", "--db", "t.sqlite"], in: folder.url)
        #expect(missing.status == 65)
        #expect(missing.stderr == "error: no attempt 99 in the database\n")
    }
}
