import AssessCore
import Foundation
import Testing

@testable import Records

/// Real processes on a real file: a writer killed with SIGKILL, and many writers at once.
/// Short by default; `ASSESS_SOAK=1` runs the long version.
@Suite("Reliability: killed and concurrent writers", .serialized)
struct ReliabilityTests {
    static let soak = ProcessInfo.processInfo.environment["ASSESS_SOAK"] == "1"

    static func ack(_ line: String) -> Int? {
        line.hasPrefix("ack ") ? Int(line.dropFirst(4)) : nil
    }

    /// The responses recorded for the probe's worker, in sequence order.
    static func sequences(in path: String, worker: String) throws -> (sequences: [Int], status: AttemptStatus?) {
        let store = try RecordStore(path: path)
        guard let candidate = try store.candidate(workerID: worker), let attempt = try store.attempts(candidateID: candidate.id).last else {
            return ([], nil)
        }
        return (try store.responses(attemptID: attempt.id).map(\.sequence), attempt.status)
    }

    @Test("a writer killed at random moments loses no acknowledged response, and the next run resumes in place")
    func killedWriter() throws {
        let runs = Self.soak ? 60 : 10
        let count = Self.soak ? 300 : 80
        var random = SplitMix64(seed: 20_260_302)
        let folder = try TemporaryFolder()
        let path = folder.path("killed.sqlite")
        var recorded = 0
        var finished = false
        for run in 0..<runs where !finished {
            let probe = try ProbeProcess(["write", "--db", path, "--worker", "W-KILL", "--count", "\(count)"])
            let acksBeforeKill = Int.random(in: 0...10, using: &random)
            var acks: [Int] = []
            var lines: [String] = []
            while acks.count < acksBeforeKill, let line = probe.nextLine() {
                lines.append(line)
                if let ack = Self.ack(line) { acks.append(ack) }
                if line == "done" { break }
            }
            usleep(UInt32.random(in: 0...3000, using: &random))
            probe.kill()
            // Lines already in the pipe were printed before the kill: they were acknowledged too.
            for line in probe.remainingLines() {
                lines.append(line)
                if let ack = Self.ack(line) { acks.append(ack) }
            }
            _ = probe.wait()
            finished = lines.contains("done")

            let (sequences, _) = try Self.sequences(in: path, worker: "W-KILL")
            #expect(sequences == Array(0..<sequences.count).map { $0 + 1 }, "run \(run): responses without gaps")
            #expect(acks.allSatisfy { $0 <= sequences.count }, "run \(run): acknowledged \(acks), recorded \(sequences.count)")
            if let first = acks.first { #expect(first == recorded + 1, "run \(run): resumed at \(first) after \(recorded)") }
            recorded = sequences.count
            let store = try RecordStore(path: path)
            #expect(try store.integrityProblems().isEmpty, "run \(run)")
            #expect(try store.verifyAudit().findings.isEmpty, "run \(run)")
        }
        if !finished {
            let probe = try ProbeProcess(["write", "--db", path, "--worker", "W-KILL", "--count", "\(count)"])
            let lines = probe.remainingLines()
            #expect(probe.wait().status == 0)
            #expect(lines.last == "done")
            if recorded < count { #expect(lines.first == "ack \(recorded + 1)") }
        }
        let (sequences, status) = try Self.sequences(in: path, worker: "W-KILL")
        #expect(sequences == Array(1...count))
        #expect(status == .completed)
    }

    @Test("16 writers at once on a new database: every response kept, no lock error shown")
    func concurrentWriters() throws {
        let writers = Self.soak ? 32 : 16
        let count = Self.soak ? 100 : 15
        let folder = try TemporaryFolder()
        let path = folder.path("shared.sqlite")
        // All start together on a file that does not exist yet: creation and migration race too.
        let probes = try (1...writers).map { index in
            try ProbeProcess(["write", "--db", path, "--worker", "W-\(index)", "--count", "\(count)", "--purpose", "certification"])
        }
        for (index, probe) in probes.enumerated() {
            let lines = probe.remainingLines()
            let (status, errors) = probe.wait()
            #expect(status == 0, "writer \(index + 1): \(errors)")
            #expect(errors.isEmpty, "writer \(index + 1): \(errors)")
            #expect(lines == (1...count).map { "ack \($0)" } + ["done"], "writer \(index + 1)")
        }
        let store = try RecordStore(path: path)
        let info = try store.info()
        #expect(info.rowCounts.first { $0.table == "responses" }?.count == writers * count)
        #expect(info.attemptsByStatus.first { $0.status == .completed }?.count == writers)
        #expect(try store.candidates().count == writers)
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.verifyAudit().isIntact)
    }

    @Test("backups taken while writers write are consistent copies")
    func backupWhileWriting() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("busy.sqlite")
        let store = try RecordStore(path: path)
        // Paced writers that outlast the backups; they are killed once the copies are taken.
        let probes = try (1...4).map { index in
            try ProbeProcess(["write", "--db", path, "--worker", "W-\(index)", "--count", "3000", "--pace", "2"])
        }
        var copies: [StoreInfo] = []
        for index in 0..<(Self.soak ? 20 : 5) {
            // Let every writer get a few responses further, so that each copy is taken mid-stream.
            for probe in probes { for _ in 0..<5 { _ = probe.nextLine() } }
            let copy = try store.backup(to: folder.path("copy-\(index).sqlite"))
            let opened = try RecordStore(path: copy.path, options: StoreOptions(createIfMissing: false))
            #expect(try opened.integrityProblems().isEmpty, "copy \(index)")
            #expect(try opened.verifyAudit().isIntact, "copy \(index)")
            copies.append(copy)
        }
        for probe in probes {
            probe.kill()
            _ = probe.remainingLines()
            _ = probe.wait()
        }
        #expect(try store.integrityProblems().isEmpty)
        let counts = copies.map(\.auditEventCount)
        #expect(counts == counts.sorted(), "each copy is a later snapshot")
        #expect(Set(counts).count == counts.count, "each copy was taken while the writers wrote")
        #expect(try store.verifyAudit().eventCount >= counts.last ?? 0)
    }
}
