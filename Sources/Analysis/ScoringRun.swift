import AssessCore
import BankFormats
import Foundation
import Psychometrics

/// `assess score`: IRT ability estimates for every candidate of a 1/0 response file, on the
/// bank's item parameters.
///
/// Items must carry dichotomous IRT parameters (Rasch, 2PL, 3PL). Parameters declared with
/// D = 1.702 are put on the logistic metric (a ← 1.702·a), so every θ is reported on one metric
/// with D = 1, as the `D` column says. A candidate with no administered item gets no θ: empty
/// fields and the note `no-responses` (MLE, WLE), or the prior (MAP, EAP) with `prior-only`.
public enum ScoringRun {
    public struct Row: Sendable, Equatable {
        public var candidateID: String
        public var raw: Int
        public var n: Int
        public var estimate: AbilityEstimate?
    }

    public struct Report: Sendable {
        public var rows: [Row]
        public var estimator: AbilityEstimator

        public static let columns = ["candidate_id", "raw", "n", "theta", "se", "estimator", "note", "D"]

        public func csv() -> String {
            var csv = CSVWriter(header: Self.columns)
            for row in rows {
                csv.row([
                    row.candidateID, String(row.raw), String(row.n), CSVWriter.number(row.estimate?.theta),
                    CSVWriter.number(row.estimate?.standardError), estimator.method.rawValue,
                    ScoringRun.note(row.estimate), "1",
                ])
            }
            return csv.text
        }

        public func json() -> String {
            let candidates: [[String: Any]] = rows.map { row in
                [
                    "candidate_id": row.candidateID, "raw": row.raw, "n": row.n,
                    "theta": ItemStatisticsReport.jsonValue(row.estimate?.theta),
                    "se": ItemStatisticsReport.jsonValue(row.estimate?.standardError), "note": ScoringRun.note(row.estimate),
                ]
            }
            let payload: [String: Any] = ["estimator": estimator.method.rawValue, "D": 1, "candidates": candidates]
            let data = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys, .prettyPrinted])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// The note column: why the estimate is what it is, in kebab case.
    static func note(_ estimate: AbilityEstimate?) -> String {
        guard let estimate else { return "no-responses" }
        switch estimate.note {
        case .interiorMaximum: return "interior-maximum"
        case .extremePatternAtBound: return "extreme-pattern-at-bound"
        case .maximumAtBound: return "maximum-at-bound"
        case .posteriorMean: return "posterior-mean"
        case .priorOnly: return "prior-only"
        }
    }

    public static func run(responses path: String, bank bankPath: String, estimator: AbilityEstimator) throws(AnalysisError) -> Report {
        let table = try ItemAnalysisRun.readTable(path)
        let (scored, scoreDiagnostics) = ScoredResponses.read(table)
        guard let scored else { throw .invalid(scoreDiagnostics) }
        let loaded: BankLoader.Result
        do { loaded = try BankLoader.load([bankPath]) } catch { throw .unreadable(path: bankPath) }
        if loaded.diagnostics.hasErrors { throw .invalid(loaded.diagnostics) }
        let pool = try pool(for: table, bank: loaded.bank)
        var rows: [Row] = []
        rows.reserveCapacity(scored.candidateIDs.count)
        var administered: [Int] = []
        var answers: [Bool] = []
        for (row, id) in scored.candidateIDs.enumerated() {
            administered.removeAll(keepingCapacity: true)
            answers.removeAll(keepingCapacity: true)
            for column in scored.itemIDs.indices {
                let score = scored.score(candidate: row, item: column)
                guard score != ScoredResponses.missing else { continue }
                administered.append(column)
                answers.append(score == 1)
            }
            let estimate = try? pool.thetaUpdate(administered: administered, responses: answers, using: estimator)
            rows.append(Row(candidateID: id, raw: answers.count { $0 }, n: answers.count, estimate: estimate))
        }
        return Report(rows: rows, estimator: estimator)
    }

    /// The pool of the file's items, in column order; items missing from the bank or without
    /// dichotomous parameters are located errors at their header column.
    static func pool(for table: ResponseTable, bank: ItemBank) throws(AnalysisError) -> DichotomousPool {
        var diagnostics = Diagnostics()
        var items: [DichotomousItem] = []
        for (column, id) in table.itemIDs.enumerated() {
            let location = SourceLocation(file: table.file, line: 1, column: column + 2)
            guard let item = bank[id] else {
                var message = "item '\(id)' is not in the bank"
                if let suggestion = Suggestion.closest(to: id, among: bank.items.map(\.id)) { message += "; did you mean '\(suggestion)'?" }
                diagnostics.error(message, at: location)
                continue
            }
            guard let irt = item.irt, irt.model.isDichotomous, let b = irt.b else {
                diagnostics.error("item '\(id)' has no dichotomous IRT parameters (rasch, 2pl or 3pl) in the bank", at: location)
                continue
            }
            items.append(DichotomousItem(a: irt.a * irt.scalingConstant, b: b, c: irt.model == .threePL ? irt.c : 0))
        }
        if diagnostics.hasErrors { throw .invalid(diagnostics) }
        return DichotomousPool(items: items)
    }
}
