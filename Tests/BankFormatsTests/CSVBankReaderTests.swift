import AssessCore
import Testing

@testable import BankFormats

@Suite("CSV bank reader")
struct CSVBankReaderTests {
    static func messages(_ text: String, file: String = "bank.csv") -> [String] {
        BankValidator.validate([CSVBankReader.read(text, file: file)]).diagnostics.sorted.map(\.description)
    }

    @Test("reads every item type, quoted fields with commas, quotes and line breaks")
    func everyType() {
        let text = #"""
            id,type,stem,A,B,C,D,rationale_A,rationale_B,key,block,module,objective,model,a,b,c,tags,scale_points,scale_anchors,scoring,credit_C
            Q1,,"Which, exactly?",One,"Say ""two""",Three,,no,yes,B,safety,saf-screening,O-1,3pl,1.2,-0.5,0.2,x;y,,,,
            Q2,,"Pick
            two:",a,b,c,d,,,"A,C",,,,,,,,,,,per-option,-0.5
            Q3,,Sky is blue.,,,,,Right.,Wrong.,TRUE,,,,,,,,,,,,
            Q4,rating,I can.,,,,,,,,,,,,,,,,3,Low;Mid;High,,

            """#
        let document = CSVBankReader.read(text, file: "bank.csv")
        #expect(document.diagnostics.all.map(\.description) == [])
        #expect(document.items.map(\.type) == [.singleBestAnswer, .multipleResponse, .trueFalse, .ratingScale])
        let q1 = document.items[0]
        #expect(q1.stem == "Which, exactly?")
        #expect(q1.options.map(\.text) == ["One", "Say \"two\"", "Three"])
        #expect(q1.options.map(\.rationale) == ["no", "yes", nil])
        #expect(q1.keyLetters == ["B"])
        #expect(q1.classification.block == .safety)
        #expect(q1.classification.tags == ["x", "y"])
        #expect(q1.irt == IRTParameters(model: .threePL, a: 1.2, b: -0.5, c: 0.2))
        #expect(document.items[1].stem == "Pick\ntwo:")
        #expect(document.items[1].keyLetters == ["A", "C"])
        #expect(document.items[1].scoring == .perOption)
        #expect(document.items[1].options[2].credit == -0.5)
        #expect(document.items[2].keyLetters == ["A"])
        #expect(document.items[2].options.map(\.rationale) == ["Right.", "Wrong."])
        #expect(document.items[3].ratingScale == RatingScale(points: 3, anchors: ["Low", "Mid", "High"]))
        // Rows are records, as a spreadsheet counts them: Q2's line break does not shift Q3.
        #expect(document.location(ofItem: "Q3") == SourceLocation(file: "bank.csv", line: 4, column: 1))
    }

    @Test("a tab-separated file is read by its extension")
    func tabs() {
        let document = CSVBankReader.read("id\tstem\tA\tB\tkey\nQ1\tWhich, then?\tx\ty\tA\n", file: "bank.tsv")
        #expect(document.diagnostics.all.isEmpty)
        #expect(document.items.first?.stem == "Which, then?")
    }

    @Test("reports malformed rows at file:row:column, verbatim", arguments: [
        ("id,stem,A,B,key\nQ1,Which?,x,y\n", ["bank.csv:2:5: error: row has 4 fields but the header has 5"]),
        ("id,stem,A,B,key\nQ1,\"Which?,x,y,A\n", ["bank.csv:2:2: error: a quoted field is never closed"]),
        (
            "id,stem,A,B,key\nQ1,Wh\"ich?,x,y,A\n",
            ["bank.csv:2:2: error: a quote inside an unquoted field; quote the whole field and double the quote"]
        ),
        ("id,stem,A,B,kee\nQ1,Which?,x,y,A\n", ["bank.csv:1:5: error: unknown column 'kee'; did you mean 'key'?"]),
        ("id,stem,A,B,key\nQ1,Which?,x,y,C\n", ["bank.csv:2:5: error: key 'C' does not name one of the 2 choices"]),
        ("id,stem,A,B,key\nQ1,Which?,x,y,\n", ["bank.csv:2:5: error: item 'Q1' has no key"]),
        ("id,stem,A,B,key,model,b\nQ1,Which?,x,y,A,2pl,hard\n", ["bank.csv:2:7: error: 'b' must be a number, not 'hard'"]),
        ("id,stem,A,B,key,block\nQ1,Which?,x,y,A,safty\n", ["bank.csv:2:6: error: 'block' must be one of foundations, safety, risk-and-service-planning, permanency-and-well-being, legal-and-courtroom, not 'safty'; did you mean 'safety'?"]),
        ("stem,A,B,key\nWhich?,x,y,A\n", ["bank.csv:1:1: error: the header has no 'id' column"]),
        ("", ["bank.csv:1:1: error: the file is empty; it needs a header row"]),
    ])
    func malformed(text: String, expected: [String]) {
        #expect(Self.messages(text) == expected)
    }
}
