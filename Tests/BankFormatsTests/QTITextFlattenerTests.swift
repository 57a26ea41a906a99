import AssessCore
import BankFormats
import Testing

@Suite("QTI text flattening")
struct QTITextFlattenerTests {
    static let math = #"<math xmlns="http://www.w3.org/1998/Math/MathML">"#

    /// The stem read from an item whose body (before the prompt "Which one?") is `body`.
    static func stem(body: String) throws -> String {
        let document = QTIReader.read(QTIFixture.choiceItem21(body: body), file: "x.xml")
        #expect(!document.diagnostics.hasErrors, "\(document.diagnostics.all)")
        return try #require(document.items.first).stem
    }

    @Test(
        "flattens XHTML to plain text as a browser would lay it out",
        arguments: [
            ("<p>One</p><p>Two</p>", "One\n\nTwo"),
            ("<p>Line<br/>next</p>", "Line\nnext"),
            ("<p>Blank<br/><br/>line</p>", "Blank\n\nline"),
            ("<p>  spaced \n\t out  </p>", "spaced out"),
            ("<div><p>nested</p>tail</div>", "nested\n\ntail"),
            ("<p>H<sub>2</sub>O and <em>emphasis</em>, <span>span</span></p>", "H2O and emphasis, span"),
            ("<ul><li>First</li><li>Second</li></ul>", "• First\n• Second"),
            ("<ol><li>First</li><li>Second</li></ol>", "1. First\n2. Second"),
            (
                "<table><caption>Votes</caption><tr><th>Colour</th><th>Count</th></tr><tr><td>Red</td><td>12</td></tr></table>",
                "Votes\nColour | Count\nRed | 12"
            ),
            ("<p>Fish &amp; chips &lt;3 &#233;t&#xE9; &quot;q&quot;</p>", "Fish & chips <3 été \"q\""),
            ("<p><![CDATA[a < b & c]]></p>", "a < b & c"),
            ("<p>no&#160;break</p>", "no\u{00A0}break"),
            ("<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>字</p>", "漢(kan)字"),
            ("<p>\(math)<msup><mi>x</mi><mn>2</mn></msup></math></p>", "x^2"),
            (
                "<p>\(math)<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></mfrac></math></p>",
                "(a+b)/2"
            ),
            ("<p>\(math)<msqrt><mn>2</mn></msqrt></math></p>", "√(2)"),
            ("<p>\(math)<msub><mi>a</mi><mi>i</mi></msub></math></p>", "a_i"),
            ("<!-- a comment --><?pi data?><p>after</p>", "after"),
        ])
    func flattens(body: String, expected: String) throws {
        #expect(try Self.stem(body: body) == expected + "\n\nWhich one?")
    }

    @Test(
        "says in a warning what became of media and what was left out",
        arguments: [
            (
                #"<p><img src="a.png" alt=""/></p>"#, "[image]",
                #"x.xml:9:4: warning[media-as-text]: image "a.png" is imported as the text "[image]""#
            ),
            (
                #"<object data="map.png" type="image/png"><p>A map of the town</p></object>"#, "A map of the town",
                #"x.xml:9:1: warning[media-as-text]: <object> "map.png" is imported as the text "A map of the town""#
            ),
            (
                #"<p>Before</p><rubricBlock view="scorer"><p>Score 3 points</p></rubricBlock>"#, "Before",
                "x.xml:9:14: warning[ignored-content]: the rubric block <rubricBlock> has no place in a plain-text "
                    + "item and is not imported"
            ),
        ])
    func warnsAboutLostContent(body: String, expected: String, warning: String) throws {
        let document = QTIReader.read(QTIFixture.choiceItem21(body: body), file: "x.xml")
        #expect(QTIFixture.messages(document) == [warning])
        #expect(try #require(document.items.first).stem == expected + "\n\nWhich one?")
    }

    @Test("reports MathML it cannot write linearly instead of flattening it to wrong text")
    func reportsUnsupportedMathML() {
        let body = "<p>\(Self.math)<mtable><mtr><mtd><mn>1</mn></mtd></mtr></mtable></math></p>"
        let document = QTIReader.read(QTIFixture.choiceItem21(body: body), file: "x.xml")
        #expect(document.items.isEmpty)
        #expect(
            QTIFixture.messages(document) == [
                "x.xml:9:53: error[unsupported-mathml]: unsupported MathML element <mtable>: only numbers, "
                    + "identifiers, operators, fractions, powers, indices and square roots can be imported"
            ])
    }
}
