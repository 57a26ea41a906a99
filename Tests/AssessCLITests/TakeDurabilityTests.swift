import AssessCore
import BankFormats
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Durability of `assess take`: the certification test killed with SIGKILL at random moments —
/// while the candidate reads, just after an answer is sent, while it is being committed — and
/// resumed each time. The final record must hold every answer exactly once, in the order given,
/// and each resumed sitting must show the item that was waiting.
@Suite("assess take killed between items", .serialized)
struct TakeDurabilityTests {
    /// One item as shown: which bank item it is, and the option id behind each letter.
    struct Shown: Equatable {
        var itemID: String
        var optionByLetter: [String: String]
    }

    /// Finds the item on the last screen of `output` by its stem and option texts.
    static func lastShown(in output: String, candidates: [Item]) -> Shown? {
        guard let range = output.range(of: "\nItem ", options: .backwards) else { return nil }
        let screen = String(output[range.lowerBound...])
        for item in candidates where screen.contains("\n" + item.stem + "\n") {
            var byLetter: [String: String] = [:]
            for option in item.options {
                guard let letter = (0..<item.options.count).map(Option.letter(at:))
                    .first(where: { screen.contains("\n  \($0). \(option.text)\n") })
                else { break }
                byLetter[letter] = option.id
            }
            if byLetter.count == item.options.count { return Shown(itemID: item.id, optionByLetter: byLetter) }
        }
        return nil
    }

    static func itemHeaders(_ output: String) -> Int { output.components(separatedBy: "\nItem ").count - 1 }

    @Test("killed at random moments and resumed, the record holds every answer exactly once, in order")
    func killAndResume() throws {
        let root = AssessProcess.repositoryRoot
        let bank = try BankLoader.load([root.appendingPathComponent("ItemBank").path]).bank
        let pool = bank.items.filter { $0.id.hasPrefix("CERT-") }
        let folder = try TemporaryFolder()
        let added = try AssessProcess.run(["candidates", "add", "I1", "--name", "Incumbent", "--role", "incumbent", "--db", "t.sqlite"], in: folder.url)
        try #require(added.status == 0, "\(added.stderr)")
        let arguments = ["take", "--bank", root.appendingPathComponent("ItemBank").path, "--specs", root.appendingPathComponent("Scoring").path,
                         "--db", "t.sqlite", "--test", "certification", "--candidate", "I1", "--seed", "2026"]
        var random = SplitMix64(seed: 20_261_123)
        var given: [(itemID: String, optionID: String)] = []
        var kills = 0, inFlightKept = 0, inFlightLost = 0
        var waiting: String?  // the item shown when the last sitting was killed
        var finished = false
        var sittings = 0
        while !finished {
            sittings += 1
            try #require(sittings <= 80, "too many sittings")
            let take = try LiveProcess(arguments, in: folder.url)
            if sittings == 1 {
                try #require(take.wait { $0.contains("Press Enter to begin") }, "\(take.stdout)\(take.stderr)")
                take.send("")
            }
            // Answer a few items, then kill: at the prompt, or up to 15 ms after sending an answer.
            let answersThisSitting = Int(random.next() % 12)
            var answered = 0
            while true {
                try #require(take.wait { Self.itemHeaders($0) > answered && $0.hasSuffix("? for help): ") || $0.contains("Result: ") },
                    "no item: \(take.stdout.suffix(300))\(take.stderr)")
                if take.stdout.contains("Result: ") {
                    finished = true
                    #expect(take.finish() == 0, "\(take.stderr)")
                    break
                }
                let shown = try #require(Self.lastShown(in: take.stdout, candidates: pool), "unknown item: \(take.stdout.suffix(600))")
                if answered == 0, let waiting {
                    #expect(shown.itemID == waiting, "resumed at \(shown.itemID), not at the waiting item \(waiting)")
                }
                if answered == answersThisSitting {
                    // Killed while the candidate reads the item.
                    waiting = shown.itemID
                    take.send(signal: SIGKILL)
                    _ = take.finish(closingInput: false)
                    kills += 1
                    break
                }
                let letter = shown.optionByLetter.keys.sorted()[Int(random.next() % UInt64(shown.optionByLetter.count))]
                // As typed: upper or lower case, with or without surrounding spaces.
                take.send([letter, letter.lowercased(), " \(letter) "][Int(random.next() % 3)])
                let answer = (itemID: shown.itemID, optionID: shown.optionByLetter[letter]!)
                answered += 1
                if random.next() % 4 == 0 {
                    // Killed with the answer in flight: it is recorded whole or not at all.
                    // Half the time within 1.5 ms (the commit may still be under way), else within 15 ms.
                    usleep(UInt32(random.next() % 2 == 0 ? random.next() % 1_500 : random.next() % 15_000))
                    take.send(signal: SIGKILL)
                    _ = take.finish(closingInput: false)
                    kills += 1
                    let recorded = try Self.recorded(in: folder)
                    if recorded.count == given.count + 1 {
                        given.append(answer)
                        inFlightKept += 1
                        waiting = nil
                    } else {
                        inFlightLost += 1
                        waiting = answer.itemID
                    }
                    #expect(recorded.map(\.itemID) == given.map(\.itemID) && recorded.map(\.optionID) == given.map(\.optionID),
                        "after kill \(kills): the record differs from the answers given")
                    // The last answer may have ended the test and been scored before the kill.
                    finished = try TakeCommandTests.sql("select status from attempts;", in: folder) == "completed\n"
                    break
                }
                given.append(answer)
            }
        }
        let recorded = try Self.recorded(in: folder)
        #expect(recorded.count == given.count)
        #expect(recorded.map(\.itemID) == given.map(\.itemID), "items differ or are out of order")
        #expect(recorded.map(\.optionID) == given.map(\.optionID), "answers differ")
        #expect(Set(recorded.map(\.itemID)).count == recorded.count, "an item was recorded twice")
        #expect(try TakeCommandTests.sql("select min(sequence), max(sequence), count(*) from responses;", in: folder) == "1|\(given.count)|\(given.count)\n")
        #expect(try TakeCommandTests.sql("select status from attempts;", in: folder) == "completed\n")
        #expect(kills >= 5, "only \(kills) kills")
        let audit = try AssessProcess.run(["audit", "verify", "--db", "t.sqlite"], in: folder.url)
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
        print("durability: \(given.count) answers over \(sittings) sittings, \(kills) kills (\(inFlightKept) in-flight answers kept, \(inFlightLost) lost before commit)")
    }

    /// The recorded responses in sequence order: item and selected option.
    static func recorded(in folder: TemporaryFolder) throws -> [(itemID: String, optionID: String)] {
        try TakeCommandTests.sql("select item_id, raw_answer from responses order by sequence;", in: folder)
            .split(separator: "\n").map { line in
                let parts = line.split(separator: "|", maxSplits: 1).map(String.init)
                return (parts[0], parts.count > 1 ? parts[1] : "")
            }
    }
}

/// A certification retake: a second attempt 45 days after a fail shows none of the items of
/// the first (`exclude-seen: within-days 365`), and a retake inside 30 days is refused.
@Suite("assess take: certification retakes")
struct CertificationRetakeTests {
    /// Runs a whole certification attempt, answering each item with a wrong option (or a right
    /// one, with `correct`); returns the output.
    static func sit(_ folder: TemporaryFolder, at time: String, seed: Int, correct: Bool, pool: [Item]) throws -> String {
        let root = AssessProcess.repositoryRoot
        let take = try LiveProcess(
            ["take", "--bank", root.appendingPathComponent("ItemBank").path, "--specs", root.appendingPathComponent("Scoring").path,
             "--db", "t.sqlite", "--test", "certification", "--candidate", "I1", "--seed", "\(seed)"],
            in: folder.url, environment: ["ASSESS_NOW": time])
        try #require(take.wait { $0.contains("Press Enter to begin") }, "\(take.stdout)\(take.stderr)")
        take.send("")
        var answered = 0
        while true {
            try #require(take.wait { TakeDurabilityTests.itemHeaders($0) > answered && $0.hasSuffix("? for help): ") || $0.contains("Result: ") },
                "\(take.stdout.suffix(300))\(take.stderr)")
            if take.stdout.contains("Result: ") { break }
            let shown = try #require(TakeDurabilityTests.lastShown(in: take.stdout, candidates: pool))
            let item = try #require(pool.first { $0.id == shown.itemID })
            let letter = try #require(shown.optionByLetter.sorted { $0.key < $1.key }.first { entry in
                item.options.first { $0.id == entry.value }?.isKey == correct
            }?.key)
            take.send(letter)
            answered += 1
        }
        #expect(take.finish() == 0, "\(take.stderr)")
        return take.stdout
    }

    @Test("a retake after a fail sees none of the first attempt's items; one inside 30 days is refused")
    func retake() throws {
        let root = AssessProcess.repositoryRoot
        let bank = try BankLoader.load([root.appendingPathComponent("ItemBank").path]).bank
        let pool = bank.items.filter { $0.id.hasPrefix("CERT-") }
        let folder = try TemporaryFolder()
        _ = try AssessProcess.run(["candidates", "add", "I1", "--name", "Incumbent", "--role", "incumbent", "--db", "t.sqlite"], in: folder.url)
        let first = try Self.sit(folder, at: "2026-01-05T09:00:00Z", seed: 1, correct: false, pool: pool)
        #expect(first.contains("Result: Fail.\nBlocks to work on: "))
        let tooSoon = try AssessProcess.run(
            ["take", "--bank", root.appendingPathComponent("ItemBank").path, "--specs", root.appendingPathComponent("Scoring").path,
             "--test", "certification", "--candidate", "I1", "--db", "t.sqlite"], in: folder.url,
            environment: ["ASSESS_NOW": "2026-01-20T09:00:00Z"], input: "\n")
        #expect(tooSoon.status == 65)
        #expect(tooSoon.stderr.contains("is allowed from 2026-02-04"), "\(tooSoon.stderr)")
        let second = try Self.sit(folder, at: "2026-02-19T09:00:00Z", seed: 1, correct: true, pool: pool)
        #expect(second.contains("Result: Pass.\n"))
        let overlap = try TakeCommandTests.sql(
            "select count(*) from responses a join responses b on a.item_id = b.item_id where a.attempt_id = 1 and b.attempt_id = 2;", in: folder)
        #expect(overlap == "0\n")
        #expect(try TakeCommandTests.sql("select count(*) from responses where attempt_id = 2;", in: folder) != "0\n")
    }

    @Test("ending the certification test early is a fail, even after five right answers and θ above the cut")
    func quitEarly() throws {
        let root = AssessProcess.repositoryRoot
        let pool = try BankLoader.load([root.appendingPathComponent("ItemBank").path]).bank.items.filter { $0.id.hasPrefix("CERT-") }
        let folder = try TemporaryFolder()
        _ = try AssessProcess.run(["candidates", "add", "I1", "--name", "Incumbent", "--role", "incumbent", "--db", "t.sqlite"], in: folder.url)
        let take = try LiveProcess(
            ["take", "--bank", root.appendingPathComponent("ItemBank").path, "--specs", root.appendingPathComponent("Scoring").path,
             "--db", "t.sqlite", "--test", "certification", "--candidate", "I1", "--seed", "9"], in: folder.url)
        try #require(take.wait { $0.contains("Press Enter to begin") })
        take.send("")
        for answered in 0..<5 {
            try #require(take.wait { TakeDurabilityTests.itemHeaders($0) > answered && $0.hasSuffix("? for help): ") })
            let shown = try #require(TakeDurabilityTests.lastShown(in: take.stdout, candidates: pool))
            let item = try #require(pool.first { $0.id == shown.itemID })
            let keys = shown.optionByLetter.filter { entry in item.options.first { $0.id == entry.value }?.isKey == true }.keys.sorted()
            take.send(keys.joined(separator: ","))
        }
        try #require(take.wait { TakeDurabilityTests.itemHeaders($0) > 5 && $0.hasSuffix("? for help): ") })
        take.send("quit")
        #expect(take.wait { $0.contains("A test ended before it is complete is a fail. Type yes to end: ") })
        take.send("yes")
        #expect(take.finish() == 0, "\(take.stderr)")
        #expect(take.stdout.contains("Result: Fail.\n"), "\(take.stdout.suffix(400))")
        // Five answers, every scored one right (a pretest item may be among them, unscored).
        #expect(try TakeCommandTests.sql("select count(*), sum(counts_toward_score and scored_value = 1.0) = sum(counts_toward_score) from responses;", in: folder) == "5|1\n")
        #expect(try TakeCommandTests.sql("select status, decision, theta > 0 from attempts join results on results.attempt_id = attempts.id;", in: folder) == "completed|fail|1\n")
    }
}
