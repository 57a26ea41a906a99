import AssessCore
import Testing

@testable import Delivery

@Suite("Navigable session loop")
struct NavigableSessionTests {
    static func session(answers: [String: String] = [:]) -> NavigableSession {
        NavigableSession(
            bank: ForwardSessionTests.bank, form: [("S1", [2, 1, 0]), ("M1", [0, 1, 2]), ("R1", [])], timeLimitSeconds: nil,
            elapsedBeforeMilliseconds: 0, nextSequence: 1, answers: answers)
    }

    @Test("skip, back, flag, change an answer, review and a confirmed submit")
    func navigation() throws {
        var recorder = ForwardSessionTests.MemoryRecorder()
        // S1 shown with order C, B, A: the key B is letter B. Skip it, answer M1, go back, flag,
        // answer S1 with B, then R1, review, try to submit (no), then submit (yes).
        var console = ScriptedConsole(lines: ["skip", "A,C", "back", "back", "flag", "C", "2", "1", "B", "3", "submit", "no", "submit", "yes"])
        var session = Self.session()
        let run = try session.run(recorder: &recorder, console: &console, clock: ManualClock())
        #expect(run.outcome == .finished(reason: "submitted"))
        #expect(recorder.responses.map(\.itemID) == ["M1", "S1", "R1", "S1"])
        #expect(recorder.responses.map(\.rawAnswer) == ["A,C", "A", "2", "B"])
        #expect(recorder.responses.map(\.scoredValue) == [1, 0, 3, 1])  // R1 is reversed: 2 of 4 scores 3
        #expect(recorder.responses.map(\.sequence) == [1, 2, 3, 4])
        #expect(console.output.contains("Flagged for review.\n"))
        #expect(console.output.contains("  1. answered, flagged\n  2. answered\n  3. answered\n\n3 of 3 answered.\n"))
        #expect(console.output.contains("Your answer so far: C\n"))  // option A is shown as letter C
    }

    @Test("a resumed sitting starts at the first unanswered item and keeps earlier answers")
    func resume() throws {
        var recorder = ForwardSessionTests.MemoryRecorder()
        var console = ScriptedConsole(lines: ["3"])
        var session = Self.session(answers: ["S1": "B", "M1": "A,C"])
        session.nextSequence = 3
        let run = try session.run(recorder: &recorder, console: &console, clock: ManualClock())
        #expect(run.outcome == .paused)
        #expect(recorder.responses.map(\.itemID) == ["R1"])
        #expect(recorder.responses.first?.sequence == 3)
        #expect(console.output.hasPrefix("\nItem 3 of 3\n"))
    }
}
