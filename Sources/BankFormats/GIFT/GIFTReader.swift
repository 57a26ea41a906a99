import AssessCore

/// Reads Moodle GIFT question files into items.
///
/// Supported: single best answer (`{=right ~wrong}`, also embedded mid-sentence, where the stem
/// shows `_____`), multiple response (`{~%50%a ~%50%b ~%-100%c}`) and true/false (`{T}`,
/// `{FALSE#wrong-answer feedback#right-answer feedback}`), with titles, `$CATEGORY:` (recorded as
/// the tag `category:<path>` on the questions that follow), `//` comments carrying Moodle 4's
/// `[id:…]` and `[tag:…]`, text formats (`[html]`, `[moodle]`, `[markdown]`, `[plain]`; `moodle`
/// when unmarked, as in Moodle), escapes, per-answer feedback (`#`) and general feedback (`####`).
///
/// Matching, numerical, short-answer and essay questions and descriptions are reported as
/// unsupported errors, never dropped silently. The reader never throws and never traps: every
/// problem becomes a located diagnostic, and reading goes on so that one run reports them all.
public enum GIFTReader {
    /// Reads `text` (as decoded by ``SourceText/decode(_:file:)``) from `file`.
    public static func read(_ text: String, file: String) -> BankDocument {
        var document = BankDocument(file: file)
        var questions: [ReadQuestion] = []
        var category: String?
        for block in GIFTScanner.blocks(in: normalized(text)) {
            var content = block.filter { !$0.isComment }
            while let line = content.first, let path = categoryPath(line, file: file, diagnostics: &document.diagnostics) {
                category = path.isEmpty ? nil : path
                content.removeFirst()
            }
            let metadata = GIFTMetadata.read(block, file: file, diagnostics: &document.diagnostics)
            guard !content.isEmpty else {
                if let location = metadata.location {
                    document.diagnostics.warning(
                        "this [id:…] or [tag:…] comment is not in a question's block, so it applies to no question; remove the blank line between it and its question",
                        at: location, rule: "orphan-metadata")
                }
                continue
            }
            let tags = metadata.tags + (category.map { ["category:\($0)"] } ?? [])
            let question = read(content, tags: tags, file: file, diagnostics: &document.diagnostics)
            let start = question.start ?? SourceLocation(file: file, line: content[0].number, column: content[0].indentColumn)
            questions.append(ReadQuestion(id: metadata.id, title: question.title, start: start, item: question.item))
        }
        let ids = GIFTIdentifier.assign(explicitIDs: questions.map(\.id), titles: questions.map(\.title), file: file)
        for (question, id) in zip(questions, ids) {
            guard var item = question.item else { continue }
            item.id = id
            document.add(item, at: question.start)
        }
        return document
    }

    /// A question of the file: what the ids are made from, and its item if it is imported.
    private struct ReadQuestion {
        var id: String?
        var title: String?
        var start: SourceLocation
        var item: Item?
    }

    /// Reads one question from its non-comment lines.
    private static func read(
        _ lines: [GIFTLine], tags: [String], file: String, diagnostics: inout Diagnostics
    ) -> (start: SourceLocation?, title: String?, item: Item?) {
        var parser = GIFTQuestionParser(file: file)
        let question = parser.parse(GIFTScanner.characters(of: lines))
        diagnostics.append(contentsOf: parser.diagnostics)
        guard let question else { return (nil, nil, nil) }
        guard let block = question.answerBlock else {
            diagnostics.append(GIFTQuestionKind.description.unsupportedDiagnostic(at: question.start))
            return (question.start, question.title, nil)
        }
        var answerParser = GIFTAnswerParser(file: file, format: question.format)
        let answers = answerParser.parse(block.characters)
        if case .unsupported(let kind) = answers {
            diagnostics.append(kind.unsupportedDiagnostic(at: question.start))
            return (question.start, question.title, nil)
        }
        diagnostics.append(contentsOf: answerParser.diagnostics)
        var builder = GIFTItemBuilder(file: file)
        let item = builder.item(for: question, answers: answers, tags: tags)
        diagnostics.append(contentsOf: builder.diagnostics)
        return (question.start, question.title, item)
    }

    /// The path of a `$CATEGORY:` line, or nil if the line is something else; an empty path is
    /// reported and read as the empty string.
    private static func categoryPath(_ line: GIFTLine, file: String, diagnostics: inout Diagnostics) -> String? {
        let text = line.text.drop { $0 == " " || $0 == "\t" }
        guard text.hasPrefix("$CATEGORY:") else { return nil }
        let path = text.dropFirst("$CATEGORY:".count).drop(while: \.isWhitespace)
        guard let last = path.lastIndex(where: { !$0.isWhitespace }) else {
            diagnostics.error(
                "'$CATEGORY:' needs a category path, such as '$CATEGORY: $course$/top/Safety'",
                at: SourceLocation(file: file, line: line.number, column: line.indentColumn))
            return ""
        }
        return String(path[...last])
    }

    /// `text` with a byte-order mark dropped and CR or CRLF line ends made LF, for callers that
    /// did not decode it with ``SourceText/decode(_:file:)``.
    private static func normalized(_ text: String) -> String {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard text.unicodeScalars.contains("\r") else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            result.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(result)
    }
}
