import Foundation
@testable import Records

/// A fresh temporary folder, removed when the value is deinitialised.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("records-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// A clock for tests: each reading is one second after the previous one.
final class TestClock: @unchecked Sendable {
    private var next: Int64

    init(start: String = "2026-03-02T09:00:00.000Z") {
        next = Timestamp(start)?.millisecondsSince1970 ?? 0
    }

    func now() -> Timestamp {
        defer { next += 1000 }
        return Timestamp(millisecondsSince1970: next)
    }
}

/// A store in a temporary folder with helpers that make the usual rows.
struct Fixture {
    let folder: TemporaryFolder
    let store: RecordStore
    let clock = TestClock()

    init(options: StoreOptions = StoreOptions()) throws {
        folder = try TemporaryFolder()
        store = try RecordStore(path: folder.path("assess.sqlite"), options: options)
    }

    var path: String { store.path }

    func candidate(_ workerID: String = "W-1001", name: String = "Ada Worker", role: CandidateRole = .newWorker) -> Candidate {
        Candidate(
            workerID: workerID, displayName: name, role: role, agency: "Metro DCFS", county: "Adams", region: "North",
            cohort: "2026-spring", hireDate: CalendarDate("2026-01-15"), registeredAt: clock.now())
    }

    @discardableResult
    func register(_ workerID: String = "W-1001") throws(RecordsError) -> Int64 {
        try store.registerCandidate(candidate(workerID))
    }

    func plan(
        candidateID: Int64, purpose: AttemptPurpose = .certification, form: [String]? = ["Q1", "Q2", "Q3"],
        timeLimit: Int? = 3_600_000
    ) -> AttemptPlan {
        AttemptPlan(
            candidateID: candidateID, testID: "CERT-A", testHash: "test-hash", bankHash: "bank-hash", mode: .linear,
            purpose: purpose, seed: 42, timeLimitMilliseconds: timeLimit, form: form, site: "Room 2", startedAt: clock.now())
    }

    func startAttempt(purpose: AttemptPurpose = .certification) throws(RecordsError) -> Int64 {
        try store.startAttempt(plan(candidateID: register(), purpose: purpose))
    }

    func response(_ attemptID: Int64, _ sequence: Int, item: String? = nil, score: Double = 1, elapsed: Int? = nil) -> ItemResponse {
        ItemResponse(
            attemptID: attemptID, sequence: sequence, itemID: item ?? "Q\(sequence)", itemHash: "hash-\(item ?? "Q\(sequence)")",
            optionOrder: ["C", "A", "B", "D"], rawAnswer: "b", selectedOptions: ["A"], scoredValue: score,
            latencyMilliseconds: 12_000, elapsedMilliseconds: elapsed ?? 12_000 * sequence, theta: 0.25, standardError: 0.8,
            answeredAt: clock.now())
    }

    func scores(raw: Double = 2, maximum: Double = 3) -> Scores {
        Scores(
            raw: raw, maximum: maximum, percent: 100 * raw / maximum, theta: 0.4, standardError: 0.5, scaled: 512,
            decision: .pass, subscores: ["block/safety": Subscore(raw: 1, maximum: 2)], policyID: "cert-2026",
            policyHash: "policy-hash")
    }

    /// Runs the `sqlite3` shell on the database, as a user would.
    @discardableResult
    func sqlite3(_ sql: String) throws -> (status: Int32, output: String) {
        try Shell.run("/usr/bin/sqlite3", [path, sql])
    }
}

enum Shell {
    /// Runs a program to completion and returns its status and combined output.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
