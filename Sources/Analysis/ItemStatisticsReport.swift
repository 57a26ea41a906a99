import Foundation
import Psychometrics

/// Renders a classical item analysis as CSV or JSON with the stable column names documented in
/// docs/ANALYSIS-OUTPUTS.md. Numbers are written at full double precision; a statistic that is
/// undefined (e.g. a correlation for an item everybody answered correctly) is an empty field in
/// CSV and `null` in JSON, never NaN.
public struct ItemStatisticsReport: Sendable {
    public var itemIDs: [String]
    public var analysis: ClassicalAnalysis

    public init(itemIDs: [String], analysis: ClassicalAnalysis) {
        self.itemIDs = itemIDs
        self.analysis = analysis
    }

    public static let itemColumns = [
        "item_id", "n", "n_omitted", "p_value", "sd", "sd_sample", "point_biserial", "corrected_point_biserial", "biserial",
        "corrected_biserial", "upper_p", "lower_p", "discrimination_27", "alpha_if_deleted",
    ]
    public static let optionColumns = ["item_id", "option", "is_key", "n", "proportion", "point_biserial"]
    public static let summaryColumns = ["statistic", "value"]

    /// One row per item; `sd` is the population SD √(pq), `sd_sample` uses n − 1.
    public var itemRows: [[String: Double?]] {
        analysis.items.map { item in
            [
                "n": Double(item.count), "n_omitted": item.omittedCount.map(Double.init), "p_value": item.pValue,
                "sd": item.standardDeviationPopulation, "sd_sample": item.standardDeviationSample,
                "point_biserial": item.pointBiserial, "corrected_point_biserial": item.pointBiserialCorrected,
                "biserial": item.biserial, "corrected_biserial": item.biserialCorrected, "upper_p": item.upperGroupPValue,
                "lower_p": item.lowerGroupPValue, "discrimination_27": item.discriminationUpperLower,
                "alpha_if_deleted": item.alphaIfDeleted,
            ]
        }
    }

    /// The test-level statistics in a fixed order.
    public var summary: [(String, Double?)] {
        let test = analysis.test
        return [
            ("n", Double(test.candidateCount)), ("k", Double(test.itemCount)), ("mean", test.mean), ("median", test.median),
            ("min", test.minimum), ("max", test.maximum), ("variance_sample", test.varianceSample),
            ("sd_sample", test.standardDeviationSample), ("sd_population", test.standardDeviationPopulation),
            ("skewness_g1", test.skewness), ("skewness_G1", test.skewnessAdjusted), ("excess_kurtosis_g2", test.excessKurtosis),
            ("excess_kurtosis_G2", test.excessKurtosisAdjusted), ("kr20", test.kr20), ("alpha", test.cronbachAlpha),
            ("alpha_ci95_lower", test.alphaInterval?.lower), ("alpha_ci95_upper", test.alphaInterval?.upper),
            ("kr21", test.kr21), ("sem", test.standardErrorOfMeasurement),
            ("spearman_brown_double_length", test.spearmanBrownDoubleLength),
        ]
    }

    public func itemsCSV() -> String {
        var csv = CSVWriter(header: Self.itemColumns)
        for (id, row) in zip(itemIDs, itemRows) {
            csv.row([id] + Self.itemColumns.dropFirst().map { Self.format(column: $0, row[$0] ?? nil) })
        }
        return csv.text
    }

    public func optionsCSV() -> String {
        var csv = CSVWriter(header: Self.optionColumns)
        for (id, item) in zip(itemIDs, analysis.items) {
            for option in item.options + (item.omission.map { [$0] } ?? []) {
                let label = option.option < 0 ? "omit" : String(UnicodeScalar(UInt8(65 + Int(option.option))))
                csv.row([id, label, option.isKey ? "1" : "0", String(option.count), CSVWriter.number(option.proportion), CSVWriter.number(option.pointBiserial)])
            }
        }
        return csv.text
    }

    public func summaryCSV() -> String {
        var csv = CSVWriter(header: Self.summaryColumns)
        for (name, value) in summary { csv.row([name, name == "n" || name == "k" ? CSVWriter.number(value.map { Int($0) }) : CSVWriter.number(value)]) }
        return csv.text
    }

    /// `{"items": [...], "options": [...], "test": {...}}` with the same names as the CSV columns.
    public func json() -> String {
        var items: [[String: Any]] = []
        for (id, row) in zip(itemIDs, itemRows) {
            var object: [String: Any] = ["item_id": id]
            for column in Self.itemColumns.dropFirst() {
                let value = row[column] ?? nil
                object[column] = Self.countColumns.contains(column) ? (value.map { Int($0) } as Any? ?? NSNull()) : Self.jsonValue(value)
            }
            items.append(object)
        }
        var options: [[String: Any]] = []
        for (id, item) in zip(itemIDs, analysis.items) {
            for option in item.options + (item.omission.map { [$0] } ?? []) {
                options.append([
                    "item_id": id, "option": option.option < 0 ? "omit" : String(UnicodeScalar(UInt8(65 + Int(option.option)))),
                    "is_key": option.isKey, "n": option.count, "proportion": Self.jsonValue(option.proportion),
                    "point_biserial": Self.jsonValue(option.pointBiserial),
                ])
            }
        }
        var test: [String: Any] = [:]
        for (name, value) in summary { test[name] = Self.jsonValue(value) }
        let payload: [String: Any] = ["items": items, "options": options, "test": test]
        let data = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Counts are whole numbers; everything else is written at full double precision.
    static let countColumns: Set<String> = ["n", "n_omitted"]

    static func format(column: String, _ value: Double?) -> String {
        if countColumns.contains(column) { return CSVWriter.number(value.map { Int($0) }) }
        return CSVWriter.number(value)
    }

    static func jsonValue(_ value: Double?) -> Any {
        guard let value, value.isFinite else { return NSNull() }
        return value
    }
}
