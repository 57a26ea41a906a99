import AssessCore
import Foundation
import Records
import Testing

@testable import Delivery

/// `exclude-seen … enforcement: preferred` on the adaptive certification design, in process on
/// a real records file: retakes avoid every item seen before while the rest of the pool can
/// supply the blueprint, and once it cannot, items come back least recently seen first — never
/// those of the latest attempts.
@Suite("Preferred exclusions on an adaptive test")
struct PreferredExclusionTests {
    /// Scoring/certification.yaml with its exclusion made `preferred` and no retake limits.
    static func specsFolder(in directory: TemporaryDirectory) throws -> String {
        var text = try String(contentsOf: PriorAttemptsTests.root.appendingPathComponent("Scoring/certification.yaml"), encoding: .utf8)
        let replacements = [
            ("id: certification", "id: cert-preferred"),
            ("  max: 3\n  retake-after-days: 30\n  retake-after-pass: false\n", "  retake-after-pass: true\n"),
            ("    - {within-days: 365}", "    - {within-days: 365, enforcement: preferred}"),
        ]
        for (old, new) in replacements {
            try #require(text.contains(old), "certification.yaml no longer has \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let folder = directory.url.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("cert-preferred.yaml"))
        return folder.path
    }

    @Test("retakes avoid seen items until the pool runs short, then get back the fewest, least recently seen")
    func givesBackLeastRecent() throws {
        let directory = try TemporaryDirectory()
        let specs = try Self.specsFolder(in: directory)
        let store = try RecordStore(path: directory.database)
        _ = try store.registerCandidate(
            Candidate(workerID: "I1", displayName: "Incumbent", role: .incumbent, registeredAt: Timestamp(millisecondsSince1970: 1_780_000_000_000)))
        let root = PriorAttemptsTests.root
        var seen: [Set<String>] = []
        for attempt in 1...4 {
            var console = ScriptedConsole(lines: [""] + Array(repeating: "A", count: 200))
            let day = Int64(attempt) * 86_400_000
            let outcome = try TakeRun.run(
                TakeRequest(
                    testID: "cert-preferred", workerID: "I1", registerName: nil, seed: UInt64(attempt),
                    bankPath: root.appendingPathComponent("ItemBank").path, specsPath: specs, databasePath: directory.database),
                console: &console, clock: ManualClock(), now: { Timestamp(millisecondsSince1970: 1_780_000_000_000 + day) })
            #expect(outcome != nil && outcome != SessionOutcome.paused, "attempt \(attempt): \(console.output.suffix(300))")
            seen.append(Set(try store.responses(attemptID: Int64(attempt)).map(\.value.itemID)))
        }
        // Deterministic (fixed seeds, clock and answers: A throughout). The first retake sees
        // nothing seen before; the third cannot be supplied from unseen items alone, and the
        // items it gets back are the first attempt's (least recently seen), never the second's;
        // the fourth reuses none of the third's, the most recent.
        print("preferred exclusions: attempt lengths \(seen.map(\.count))")
        #expect(seen[1].isDisjoint(with: seen[0]))
        #expect(!seen[2].isDisjoint(with: seen[0]), "no item was given back")
        #expect(seen[2].isDisjoint(with: seen[1]))
        #expect(seen[3].isDisjoint(with: seen[2]))
    }
}
