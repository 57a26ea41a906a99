import AssessCore
import Testing

@testable import Delivery

@Suite("Forward session loop")
struct ForwardSessionTests {
    struct ListSelector: ItemSource {
        var ids: [String]
        var answers: [(String, Double?)] = []
        mutating func next() -> SelectorStep {
            answers.count < ids.count ? .item(id: ids[answers.count], isPretest: ids[answers.count].hasPrefix("P")) : .stop(reason: "form complete")
        }
        mutating func answered(itemID: String, score: Double?) { answers.append((itemID, score)) }
        var estimate: (theta: Double, standardError: Double)? { nil }
    }

    struct MemoryRecorder: AttemptRecorder {
        var responses: [SessionResponse] = []
        mutating func record(_ response: SessionResponse) throws { responses.append(response) }
    }

    static let bank = ItemBank(
        items: [
            Item(id: "S1", type: .singleBestAnswer, stem: "First?", stimulus: "V",
                options: [Option(id: "A", text: "a"), Option(id: "B", text: "b", isKey: true), Option(id: "C", text: "c")], shuffle: false),
            Item(id: "M1", type: .multipleResponse, stem: "Which apply?", stimulus: "V",
                options: [Option(id: "A", text: "a", isKey: true), Option(id: "B", text: "b"), Option(id: "C", text: "c", isKey: true)], shuffle: false),
            Item(id: "P1", type: .singleBestAnswer, stem: "Pilot?", options: [Option(id: "A", text: "a", isKey: true), Option(id: "B", text: "b")], shuffle: false),
            Item(id: "R1", type: .ratingScale, stem: "I can.", ratingScale: RatingScale(points: 4, reversed: true)),
        ],
        stimuli: [Stimulus(id: "V", title: "The case", text: "Once upon a time.")])

    static func session() -> ForwardSession {
        ForwardSession(
            bank: bank, timeLimitSeconds: 600, elapsedBeforeMilliseconds: 0, length: 4, nextSequence: 1, position: 0,
            seed: 1)
    }

    @Test("garbage and commands are never recorded; answers are, in order, scored")
    func fullRun() throws {
        var selector = ListSelector(ids: ["S1", "M1", "P1", "R1"])
        var recorder = MemoryRecorder()
        var console = ScriptedConsole(lines: ["Z", "?", " b ", "case", "skip", "a,c", "A", "5", "1"])
        var session = Self.session()
        let run = try session.run(selector: &selector, recorder: &recorder, console: &console, clock: ManualClock())
        #expect(run.outcome == .finished(reason: "form complete"))
        #expect(recorder.responses.map(\.itemID) == ["S1", "M1", "P1", "R1"])
        #expect(recorder.responses.map(\.sequence) == [1, 2, 3, 4])
        #expect(recorder.responses.map(\.rawAnswer) == ["B", "A,C", "A", "1"])
        #expect(recorder.responses.map(\.scoredValue) == [1, 1, nil, 4])
        #expect(recorder.responses[2].isPretest)
        #expect(console.output.contains("Type one letter from A to C, or ? for help.\n"))
        #expect(console.output.contains("This test goes forward only: answer the item to continue (? for help).\n"))
        #expect(console.output.contains("Type a number from 1 to 4, or ? for help.\n"))
        // The vignette is shown once for the set, and again on request.
        #expect(console.output.components(separatedBy: "Once upon a time.").count - 1 == 2)
    }

    @Test("end of input pauses after the last recorded answer")
    func pauseOnEOF() throws {
        var selector = ListSelector(ids: ["S1", "M1", "P1"])
        var recorder = MemoryRecorder()
        var console = ScriptedConsole(lines: ["B"])
        var session = Self.session()
        let run = try session.run(selector: &selector, recorder: &recorder, console: &console, clock: ManualClock())
        #expect(run.outcome == .paused)
        #expect(recorder.responses.map(\.itemID) == ["S1"])
        #expect(console.output.hasSuffix("\nPaused. Every answer so far is saved; run the same command again to continue.\n"))
    }

    @Test("an answer typed after the time limit is not recorded")
    func timeUp() throws {
        struct SlowConsole: LineReader, ScreenWriter {
            var clock: ManualClock
            var output = ""
            mutating func readLine(prompt: String) -> LineEvent {
                clock.advance(seconds: 400)
                return .line("B")
            }
            mutating func write(_ text: String) { output += text }
        }
        let clock = ManualClock()
        var selector = ListSelector(ids: ["S1", "S1", "S1"])
        var recorder = MemoryRecorder()
        var console = SlowConsole(clock: clock)
        var session = Self.session()
        let run = try session.run(selector: &selector, recorder: &recorder, console: &console, clock: clock)
        #expect(run.outcome == .timeUp)
        #expect(recorder.responses.count == 1)
        #expect(console.output.hasSuffix("Time is up; that answer was not recorded.\n"))
    }

    @Test("quit asks for confirmation")
    func quit() throws {
        var selector = ListSelector(ids: ["S1", "M1"])
        var recorder = MemoryRecorder()
        var console = ScriptedConsole(lines: ["quit", "no", "B", "quit", "yes"])
        var session = Self.session()
        let run = try session.run(selector: &selector, recorder: &recorder, console: &console, clock: ManualClock())
        #expect(run.outcome == .quit)
        #expect(recorder.responses.map(\.itemID) == ["S1"])
        #expect(console.output.contains("The test continues.\n"))
    }
}
