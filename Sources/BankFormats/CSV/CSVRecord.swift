import AssessCore
import Foundation

/// One data row of a bank spreadsheet, turned into an item with located diagnostics.
struct CSVRecord {
    let fields: [String]
    let columnIndex: [String: Int]
    let file: String
    let row: Int
    var diagnostics = Diagnostics()

    init(fields: [String], columnIndex: [String: Int], file: String, row: Int) {
        self.fields = fields
        self.columnIndex = columnIndex
        self.file = file
        self.row = row
    }

    func location(_ column: String) -> SourceLocation {
        SourceLocation(file: file, line: row, column: (columnIndex[column] ?? 0) + 1)
    }

    /// The trimmed cell of `column`, nil when the column is absent or the cell empty.
    func cell(_ column: String) -> String? {
        guard let index = columnIndex[column], index < fields.count else { return nil }
        let value = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// A `;`-separated list cell.
    func list(_ column: String) -> [String] {
        (cell(column) ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let text = cell(column) else { return nil }
        if let value = T(rawValue: text.lowercased()) { return value }
        var message = "'\(column)' must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'"
        if let suggestion = Suggestion.closest(to: text, among: T.allCases.map(\.rawValue)) { message += "; did you mean '\(suggestion)'?" }
        diagnostics.error(message, at: location(column))
        return nil
    }

    mutating func number(_ column: String) -> Double? {
        guard let text = cell(column) else { return nil }
        guard let value = Double(text), value.isFinite else {
            diagnostics.error("'\(column)' must be a number, not '\(text)'", at: location(column))
            return nil
        }
        return value
    }

    mutating func item() -> Item? {
        guard let id = cell("id") else {
            diagnostics.error("the row has no id", at: location("id"))
            return nil
        }
        guard let stem = cell("stem") else {
            diagnostics.error("item '\(id)' has no stem", at: location("stem"))
            return nil
        }
        let choices = CSVBankReader.letters.enumerated().compactMap { index, letter -> Option? in
            cell(letter).map { Option(id: letter, text: $0, rationale: cell("rationale_\(letter)")) }
        }
        let keyText = cell("key")
        let type = choice("type", as: ItemType.self) ?? inferredType(key: keyText, choiceCount: choices.count)
        var item = Item(id: id, type: type, stem: stem)
        item.status = choice("status", as: ItemStatus.self) ?? .active
        item.security = choice("security", as: Security.self) ?? .secure
        item.title = cell("title")
        item.textFormat = choice("format", as: TextFormat.self) ?? .plain
        item.stimulus = cell("stimulus")
        item.generalFeedback = cell("feedback")
        item.enemies = list("enemies")
        item.classification = Classification(
            block: choice("block", as: Block.self), module: cell("module"), objective: cell("objective"),
            cognitiveLevel: choice("level", as: CognitiveLevel.self), tags: list("tags"), references: list("references"),
            author: cell("author"), lastReviewed: cell("reviewed"))
        if let reviewed = cell("reviewed"), !ISODate.isValid(reviewed) {
            diagnostics.error("'reviewed' must be a date written YYYY-MM-DD, not '\(reviewed)'", at: location("reviewed"))
        }
        switch type {
        case .singleBestAnswer, .multipleResponse:
            item.options = choices
            for (index, letter) in CSVBankReader.letters.enumerated() where cell("credit_\(letter)") != nil {
                guard let credit = number("credit_\(letter)") else { continue }
                guard index < item.options.count, (-1...1).contains(credit) else {
                    diagnostics.error("credit_\(letter) must lie between -1 and 1 and belong to a choice", at: location("credit_\(letter)"))
                    continue
                }
                item.options[index].credit = credit
            }
            if type == .multipleResponse { item.scoring = choice("scoring", as: ResponseScoring.self) ?? .allOrNothing }
            markKeys(keyText, in: &item)
        case .trueFalse:
            let key = keyText.flatMap(trueFalse)
            if key == nil {
                diagnostics.error("a true-false item's key must be TRUE or FALSE, not '\(keyText ?? "")'", at: location("key"))
            }
            item.options = [
                Option(id: "A", text: "True", rationale: cell("rationale_A"), isKey: key == true),
                Option(id: "B", text: "False", rationale: cell("rationale_B"), isKey: key == false),
            ]
            item.shuffle = false
        case .ratingScale:
            item.shuffle = false
            guard let points = number("scale_points").map({ Int($0) }) else {
                diagnostics.error("a rating item needs 'scale_points'", at: location("scale_points"))
                break
            }
            item.ratingScale = RatingScale(points: points, anchors: list("scale_anchors"))
        }
        item.irt = irt(for: item)
        return item
    }

    private func inferredType(key: String?, choiceCount: Int) -> ItemType {
        guard let key else { return .singleBestAnswer }
        if choiceCount == 0, trueFalse(key) != nil { return .trueFalse }
        return key.filter(\.isLetter).count > 1 ? .multipleResponse : .singleBestAnswer
    }

    private func trueFalse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "t": true
        case "false", "f": false
        default: nil
        }
    }

    /// Keys written `B`, `A,C`, `A;C` or `AC`.
    private mutating func markKeys(_ keyText: String?, in item: inout Item) {
        guard let keyText else {
            if item.status == .draft {
                diagnostics.warning("item '\(item.id)' has no key (allowed while it is a draft)", at: location("key"), rule: "missing-key")
            } else {
                diagnostics.error("item '\(item.id)' has no key", at: location("key"))
            }
            return
        }
        let letters = keyText.filter { !",; ".contains($0) }.map(String.init)
        if item.type == .singleBestAnswer, letters.count != 1 {
            diagnostics.error("a single item has exactly one key letter, not '\(keyText)'", at: location("key"))
        }
        for letter in letters {
            guard let index = Option.index(ofLetter: letter), index < item.options.count else {
                diagnostics.error(
                    "key '\(letter)' does not name one of the \(item.options.count) choices", at: location("key"))
                continue
            }
            item.options[index].isKey = true
        }
    }

    private mutating func irt(for item: Item) -> IRTParameters? {
        guard let model = choice("model", as: IRTModel.self) else {
            for column in ["a", "b", "c"] where cell(column) != nil {
                diagnostics.error("'\(column)' is given but 'model' is empty", at: location(column))
            }
            return nil
        }
        let b = number("b")
        if model.isDichotomous, cell("b") == nil { diagnostics.error("a \(model.rawValue) item needs 'b'", at: location("b")) }
        var sampleSize: Int?
        if let text = cell("irt_n") {
            sampleSize = Int(text)
            if sampleSize == nil { diagnostics.error("'irt_n' must be a whole number, not '\(text)'", at: location("irt_n")) }
        }
        return IRTParameters(
            model: model, a: number("a") ?? 1, b: b, c: number("c") ?? 0, source: cell("irt_source"), sampleSize: sampleSize)
    }
}
