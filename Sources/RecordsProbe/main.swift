// records-probe: a test tool, not part of the engine. It writes responses through the records
// API from its own process, so that the reliability tests can kill it at any moment and run
// many at once, and so that the commit benchmark measures the real write path. It can go once
// `assess take` writes responses.
//
//   RecordsProbe write --db PATH --worker ID --count N [--purpose P] [--durability full|normal] [--pace MS]
//       Registers the worker if needed, resumes (or starts) their open attempt at the next
//       sequence, and records responses up to N, printing `ack <sequence>` on standard output
//       after each one is committed (then waiting MS milliseconds, if given, like a candidate
//       reading the next item); then completes the attempt and prints `done`.
//   RecordsProbe bench --db PATH --count N [--durability full|normal] [--purpose P] [--attempt-size K]
//       Times N single-response commits (each its own transaction) and prints the rate. Writes
//       of certification attempts are always FULL: give --purpose pre to measure NORMAL.
import Foundation
import Records

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("RecordsProbe: \(message)\n".utf8))
    exit(64)
}

func emit(_ line: String) {
    // One write(2) per line, unbuffered: a line read by the parent was printed after the
    // commit it acknowledges.
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func now() -> Timestamp { Timestamp(Date()) }

guard let command = arguments.first, let path = option("db") else {
    fail("usage: RecordsProbe write|bench --db PATH …")
}
func parse<T: RawRepresentable>(_ name: String, default value: T) -> T where T.RawValue == String {
    guard let text = option(name) else { return value }
    guard let parsed = T(rawValue: text) else { fail("unknown \(name) \(text)") }
    return parsed
}

let durability = parse("durability", default: Durability.full)
let count = option("count").flatMap(Int.init) ?? 10

do {
    let store = try RecordStore(path: path, options: StoreOptions(busyTimeout: 10, routineDurability: durability))
    switch command {
    case "write":
        let purpose = parse("purpose", default: AttemptPurpose.certification)
        let pace = option("pace").flatMap(UInt32.init) ?? 0
        try write(to: store, worker: option("worker") ?? "probe", count: count, purpose: purpose, pace: pace)
    case "bench":
        try bench(
            store, count: count, purpose: parse("purpose", default: AttemptPurpose.certification),
            attemptSize: option("attempt-size").flatMap(Int.init) ?? 100)
    default:
        fail("unknown command \(command)")
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(error.isBusy ? 75 : 65)
}

func write(to store: RecordStore, worker: String, count: Int, purpose: AttemptPurpose, pace: UInt32) throws(RecordsError) {
    let candidateID: Int64
    if let known = try store.candidate(workerID: worker) {
        candidateID = known.id
    } else {
        candidateID = try store.registerCandidate(Candidate(workerID: worker, displayName: worker, role: .incumbent, registeredAt: now()))
    }
    let form = (1...count).map { "PROBE-\($0)" }
    let attemptID: Int64
    if let open = try store.attempts(candidateID: candidateID).last(where: { $0.value.status.isOpen }) {
        attemptID = open.id
    } else {
        attemptID = try store.startAttempt(
            AttemptPlan(
                candidateID: candidateID, testID: "probe", testHash: "probe-test", bankHash: "probe-bank", mode: .linear,
                purpose: purpose, seed: 1, form: form, startedAt: now()))
    }
    let progress = try store.resumeAttempt(attemptID, at: now())
    var elapsed = progress.elapsedMilliseconds
    for itemID in progress.remainingItems ?? [] {
        let sequence = Int(itemID.dropFirst("PROBE-".count)) ?? 0
        elapsed += 7
        try store.recordResponse(
            ItemResponse(
                attemptID: attemptID, sequence: sequence, itemID: itemID, itemHash: "hash-\(itemID)", optionOrder: ["B", "A", "C"],
                rawAnswer: "a", selectedOptions: ["A"], scoredValue: sequence % 2 == 0 ? 1 : 0, latencyMilliseconds: 7,
                elapsedMilliseconds: elapsed, answeredAt: now()))
        emit("ack \(sequence)")
        if pace > 0 { usleep(pace * 1000) }
    }
    let raw = Double(count / 2)
    try store.completeAttempt(
        attemptID, scores: Scores(raw: raw, maximum: Double(count), percent: 100 * raw / Double(count), policyHash: "probe-policy"),
        elapsedMilliseconds: elapsed, at: now())
    emit("done")
}

func bench(_ store: RecordStore, count: Int, purpose: AttemptPurpose, attemptSize: Int) throws(RecordsError) {
    let candidateID = try store.registerCandidate(
        Candidate(workerID: "bench-\(UUID().uuidString)", displayName: "Bench", role: .incumbent, registeredAt: now()))
    var attemptID: Int64 = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for index in 0..<count {
        let sequence = index % attemptSize + 1
        if sequence == 1 {
            attemptID = try store.startAttempt(
                AttemptPlan(
                    candidateID: candidateID, testID: "bench", testHash: "bench-test", bankHash: "bench-bank", mode: .linear,
                    purpose: purpose, seed: 1, startedAt: now()))
        }
        try store.recordResponse(
            ItemResponse(
                attemptID: attemptID, sequence: sequence, itemID: "BENCH-\(sequence)", itemHash: String(repeating: "a", count: 64),
                optionOrder: ["B", "A", "D", "C"], rawAnswer: "b", selectedOptions: ["B"], scoredValue: 1, latencyMilliseconds: 5000,
                elapsedMilliseconds: 5000 * sequence, answeredAt: now()))
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    emit("\(count) commits in \(String(format: "%.3f", seconds)) s: \(String(format: "%.0f", Double(count) / seconds)) per second")
}
