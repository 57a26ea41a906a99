import AssessCore
import Foundation
import Testing

@testable import BankFormats

@Suite("Round trips")
struct RoundTripTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Items that exercise every field the YAML writer must carry, including text YAML would
    /// otherwise read as booleans, numbers or null.
    static let tricky: [Item] = [
        Item(
            id: "T-1", status: .pilot, type: .multipleResponse, title: "true", stem: "Which: \"these\" or 'those'?\n  Indented line.",
            textFormat: .markdown, stimulus: "V-1",
            options: [
                Option(id: "opt1", text: "yes", rationale: "null", isKey: true, credit: 0.3333333333333333),
                Option(id: "B", text: "1.50", rationale: " leading space", credit: -1),
                Option(id: "C", text: "# not a comment", isKey: true, credit: 0.6666666666666667),
            ],
            scoring: .perOption, shuffle: false, generalFeedback: "~",
            classification: Classification(
                block: .legalAndCourtroom, module: "leg-law", objective: "LEG-1", cognitiveLevel: .recall,
                tags: ["a: b", "[c]"], references: ["§ 42"], author: "Ana Núñez", lastReviewed: "2026-01-31",
                addressedBy: ["m"]),
            irt: IRTParameters(model: .threePL, a: 1.7, b: -0.123456789012345, c: 0.2, scalingConstant: 1.702, source: "calibrated", sampleSize: 1200),
            enemies: ["T-2"], security: .practice, lintExceptions: ["key-length": "Legal wording requires it."]),
        Item(
            id: "T-2", type: .trueFalse, stem: "False",
            options: [Option(id: "A", text: "True", rationale: "no"), Option(id: "B", text: "False", isKey: true)],
            shuffle: false),
        Item(
            id: "T-3", type: .ratingScale, stem: "I can.", shuffle: false,
            ratingScale: RatingScale(points: 4, anchors: ["No", "Yes", "Off", "On"], scored: true, reversed: true),
            irt: IRTParameters(model: .gpcm, a: 0.8, thresholds: [-1, 0.5, 2])),
    ]

    @Test("YAML: write then read gives identical items and stimuli")
    func yamlRoundTrip() {
        let stimuli = [Stimulus(id: "V-1", title: "On", text: "Line 1\nLine 2: yes", textFormat: .html)]
        let text = YAMLBankWriter.write(items: Self.tricky, stimuli: stimuli)
        let document = YAMLBankReader.read(text, file: "out.yaml")
        #expect(document.diagnostics.all.map(\.description) == [])
        #expect(document.items == Self.tricky)
        #expect(document.stimuli == stimuli)
    }

    @Test("the shipped bank survives export and re-import unchanged")
    func shippedBank() throws {
        let bankPath = Self.repositoryRoot.appendingPathComponent("ItemBank").path
        let loaded = try BankLoader.load([bankPath])
        #expect(!loaded.diagnostics.hasErrors)
        #expect(loaded.bank.items.count > 0)
        let files = try BankExport.files(for: loaded.bank, format: .yaml).files
        let documents = files.map { YAMLBankReader.read($0.contents, file: $0.path) }
        let (again, diagnostics) = BankValidator.validate(documents)
        #expect(!diagnostics.hasErrors)
        // Export groups items by module, so compare by id; list only the ids that differ.
        #expect(again.items.count == loaded.bank.items.count)
        let changed = loaded.bank.items.filter { again[$0.id] != $0 }.map(\.id)
        #expect(changed == [])
        #expect(again.stimuli == loaded.bank.stimuli)
        #expect(again.snapshotHash == loaded.bank.snapshotHash)
    }

    @Test("CSV: import, write YAML, read back gives identical items")
    func csvRoundTrip() {
        let csv = "id,stem,A,B,C,key,module,model,a,b\nQ1,Which?,x,y,z,C,m1,2pl,0.9,1.25\nQ2,\"Two,\nlines?\",x,y,,\"A;B\",m1,,,\n"
        let first = CSVBankReader.read(csv, file: "in.csv")
        #expect(!first.diagnostics.hasErrors)
        let again = YAMLBankReader.read(YAMLBankWriter.write(items: first.items, stimuli: []), file: "out.yaml")
        #expect(again.items == first.items)
        #expect(again.items.count == 2)
    }
}

@Suite("GIFT round trips")
struct GIFTRoundTripTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/gift-peg")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter { $0.hasSuffix(".gift") }.sorted()
    }

    @Test("GIFT import → YAML export → import gives identical items", arguments: names)
    func giftThroughYAML(name: String) throws {
        let text = try BankLoader.decodedText(at: Self.fixtures.appendingPathComponent(name).path)
        let imported = GIFTReader.read(text, file: name)
        let again = YAMLBankReader.read(YAMLBankWriter.write(items: imported.items, stimuli: imported.stimuli), file: "out.yaml")
        #expect(again.diagnostics.errors.map(\.description) == [])
        #expect(again.items == imported.items)
    }

    @Test("the peer suite holds at least 40 files")
    func suiteIsThere() {
        #expect(Self.names.count >= 40)
    }
}
