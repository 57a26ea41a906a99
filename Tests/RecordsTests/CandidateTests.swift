import AssessCore
import Testing

@testable import Records

@Suite("Candidates")
struct CandidateTests {
    @Test("a registered candidate is found by worker id and by row id, with every field")
    func registerAndFind() throws {
        let fixture = try Fixture()
        let candidate = fixture.candidate()
        let id = try fixture.store.registerCandidate(candidate)
        #expect(try fixture.store.candidate(workerID: "W-1001") == Recorded(id: id, value: candidate))
        #expect(try fixture.store.candidate(id: id)?.value == candidate)
        #expect(try fixture.store.candidate(workerID: "W-9") == nil)
    }

    @Test("the list is sorted by worker id")
    func list() throws {
        let fixture = try Fixture()
        for id in ["W-3", "W-1", "W-2"] { try fixture.register(id) }
        #expect(try fixture.store.candidates().map(\.workerID) == ["W-1", "W-2", "W-3"])
    }

    @Test("a taken worker id is refused, and the error hides it unless asked")
    func duplicate() throws {
        let fixture = try Fixture()
        try fixture.register("W-1001")
        do {
            try fixture.register("W-1001")
            Issue.record("registered twice")
        } catch {
            #expect(error.description == "a candidate with worker id ‹hidden› is already registered")
            #expect(error.message(revealingCandidateData: true) == "a candidate with worker id 'W-1001' is already registered")
        }
        #expect(try fixture.store.candidates().count == 1)
    }

    @Test("hostile text is stored and read back verbatim", arguments: HostileText.all)
    func hostileText(_ hostile: HostileText) throws {
        let text = hostile.text
        let fixture = try Fixture()
        var candidate = fixture.candidate(text, name: text)
        candidate.agency = text
        candidate.cohort = text
        let id = try fixture.store.registerCandidate(candidate)
        #expect(try fixture.store.candidate(workerID: text)?.value == candidate)
        #expect(try fixture.store.candidate(id: id)?.displayName == text)
        #expect(try fixture.store.candidates().count == 1)
        #expect(try fixture.store.verifyAudit().isIntact)
        #expect(try fixture.store.integrityProblems().isEmpty)
    }

    @Test("a NUL character is refused rather than cut short")
    func nul() throws {
        let fixture = try Fixture()
        do {
            try fixture.store.registerCandidate(fixture.candidate("W-1", name: "before\u{0}after"))
            Issue.record("stored a NUL")
        } catch {
            #expect(error.description == "the name contains a NUL character, which cannot be stored")
        }
    }

    static func sheet(_ text: String, in fixture: Fixture) -> ([(candidate: Candidate, location: AssessCore.SourceLocation)], [String]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let (candidates, diagnostics) = CandidateSheet.candidates(
            header: lines[0].split(separator: ",").map(String.init), rows: Array(rows), rowNumbers: Array(2..<(rows.count + 2)),
            file: "people.csv", registeredAt: fixture.clock.now())
        return (candidates, diagnostics.sorted.map(\.description))
    }

    @Test("a candidates sheet is read with every problem located as file:row:column")
    func sheetProblems() throws {
        let fixture = try Fixture()
        let (_, problems) = Self.sheet(
            """
            worker_id,name,role,hire_date,agency
            W-1,Ada,new-worker,2026-01-15,Metro
            ,Bo,incumbent,,
            W-3,Cy,supervisor,2026-02-30,
            W-1,Di,incumbent,,
            W-5,,incumbent,,
            """, in: fixture)
        #expect(problems == [
            "people.csv:3:1: error: the row has no worker_id",
            "people.csv:4:3: error: 'role' must be new-worker or incumbent, not 'supervisor'",
            "people.csv:4:4: error: 'hire_date' must be a date written YYYY-MM-DD, not '2026-02-30'",
            "people.csv:5:1: error: the worker id appears again (first on row 2)",
            "people.csv:6:2: error: the row has no name",
        ])
        let (_, header) = Self.sheet("worker_id,nmae,role\nW-1,Ada,incumbent\n", in: fixture)
        #expect(header == [
            "people.csv:1:1: error: the header has no 'name' column",
            "people.csv:1:2: error: unknown column 'nmae'; the columns are worker_id, name, role, agency, county, region, cohort, hire_date",
        ])
    }

    @Test("an import writes nothing when any worker id is already registered")
    func importAllOrNothing() throws {
        let fixture = try Fixture()
        try fixture.register("W-2")
        let (candidates, problems) = Self.sheet("worker_id,name,role\nW-1,Ada,incumbent\nW-2,Bo,incumbent\nW-3,Cy,new-worker\n", in: fixture)
        #expect(problems.isEmpty)
        do {
            try fixture.store.importCandidates(candidates)
            Issue.record("imported over a registered worker")
        } catch {
            guard case .invalid(let diagnostics) = error else { throw error }
            #expect(diagnostics.all.map(\.description) == ["people.csv:3:1: error: a candidate with this worker id is already registered"])
        }
        #expect(try fixture.store.candidates().map(\.workerID) == ["W-2"])
        let (fresh, _) = Self.sheet("worker_id,name,role,region\nW-1,Ada,incumbent,North\nW-3,Cy,new-worker,\n", in: fixture)
        #expect(try fixture.store.importCandidates(fresh).count == 2)
        #expect(try fixture.store.candidate(workerID: "W-1")?.region == "North")
        #expect(try fixture.store.candidate(workerID: "W-3")?.region == nil)
    }
}
