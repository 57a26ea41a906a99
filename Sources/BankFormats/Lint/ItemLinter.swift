import AssessCore
import Dispatch
import Synchronization

/// Checks items against the item-writing rules of ``LintRule``.
///
/// Pure: takes a bank and where its items were defined, returns located warnings. An item's
/// `lint-exceptions` silence a rule for that item when a justification is written; silenced
/// findings are kept in the report so that a reviewer can list them.
public enum ItemLinter {
    public struct Options: Sendable {
        /// Items an objective needs within its module (two parallel forms of two items each by default).
        public var minimumItemsPerObjective = 4
        /// Test specifications whose blueprints the bank must be able to supply
        /// (`blueprint-infeasible`); specs whose pool selects no item of the bank are skipped.
        public var testSpecs: [TestSpecDocument] = []
        public init() {}
    }

    public struct Report: Sendable {
        /// The findings that are not silenced, as warnings with their rule id.
        public var diagnostics: Diagnostics
        /// Findings silenced by a justified exception on the item: (item id, rule id, justification).
        public var exceptions: [Exception]
        public var checkedItems: Int
    }

    public struct Exception: Sendable, Hashable {
        public var itemID: String
        public var rule: String
        public var justification: String
        public var location: SourceLocation
    }

    public static func lint(_ bank: ItemBank, locations: [String: SourceLocation], options: Options = Options()) -> Report {
        var report = Report(diagnostics: Diagnostics(), exceptions: [], checkedItems: 0)
        let grades = bank.items.compactMap { item -> (String, Double)? in
            guard item.type != .ratingScale else { return nil }
            return ReadingLevel.grade([item.stem] + item.options.map(\.text)).map { (item.id, $0) }
        }
        let medianGrade = median(grades.map(\.1))
        let gradeByID = Dictionary(grades, uniquingKeysWith: { first, _ in first })

        var bankFindings: [String: [ItemChecks.Finding]] = [:]
        for (itemID, finding) in BankChecks.keyBalance(bank) + BankChecks.objectiveCoverage(bank, minimum: options.minimumItemsPerObjective) {
            bankFindings[itemID, default: []].append(finding)
        }
        for finding in BankChecks.blueprintFeasibility(bank, specs: options.testSpecs) {
            if let itemID = finding.itemID, bank[itemID] != nil {
                bankFindings[itemID, default: []].append(("blueprint-infeasible", finding.message))
            } else {
                // An area with no item at all has nowhere in the bank to be reported (or excepted).
                report.diagnostics.warning(finding.message, at: finding.location, rule: "blueprint-infeasible")
            }
        }
        // Items are checked independently, so on every core; results keep the bank's order.
        let items = bank.items.filter { $0.status != .retired }
        let itemFindings = Mutex([[ItemChecks.Finding]](repeating: [], count: items.count))
        let chunk = max(1, items.count / 16)
        DispatchQueue.concurrentPerform(iterations: (items.count + chunk - 1) / chunk) { part in
            let range = (part * chunk)..<min(items.count, (part + 1) * chunk)
            let found = range.map { ItemChecks.findings(for: items[$0]) }
            itemFindings.withLock { all in for (offset, index) in range.enumerated() { all[index] = found[offset] } }
        }
        let findingsByIndex = itemFindings.withLock { $0 }
        for (index, item) in items.enumerated() {
            report.checkedItems += 1
            let location = locations[item.id].map { SourceLocation(file: $0.file, line: $0.line) } ?? SourceLocation(file: "?")
            var findings = findingsByIndex[index] + (bankFindings[item.id] ?? [])
            if let grade = gradeByID[item.id], let medianGrade, grade > medianGrade + 4 {
                findings.append(("reading-level", "item '\(item.id)' reads at grade \(rounded(grade)), more than 4 above the bank's median of \(rounded(medianGrade)); shorten sentences or use plainer words"))
            }
            for (rule, message) in findings {
                if let justification = item.lintExceptions[rule] {
                    report.exceptions.append(Exception(itemID: item.id, rule: rule, justification: justification, location: location))
                } else {
                    report.diagnostics.warning(message, at: location, rule: rule)
                }
            }
            for rule in item.lintExceptions.keys.sorted() where LintRule.rule(rule) == nil {
                report.diagnostics.warning("item '\(item.id)' names an unknown lint rule '\(rule)' in lint-exceptions", at: location, rule: "unknown-lint-rule")
            }
        }
        return report
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func rounded(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return "\(tenths)"
    }
}
