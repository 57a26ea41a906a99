import AssessCore
import Foundation
import Sequencing

/// The three renderings of a study: a table for people (rounded), and CSV and JSON at full
/// precision with the column names of docs/ANALYSIS-OUTPUTS.md.
extension SimulationRun.Report {
    /// Columns of the summary CSV: one statistic per row.
    public static let columns = ["statistic", "scope", "value"]
    /// Columns of the per-examinee CSV.
    public static let examineeColumns = ["examinee", "true_theta", "theta", "se", "length", "stop_reason", "decision"]

    /// One summary row: a statistic, what it is about (empty for the whole study, a θ band
    /// `[-1,0)`, a stop reason), and its value.
    struct Statistic {
        var name: String
        var scope: String
        var value: String
    }

    var design: AdaptiveSpec? { spec.mode.adaptiveDesign }

    /// Every summary statistic, in report order.
    var statistics: [Statistic] {
        let study = self.study
        var rows: [Statistic] = []
        func add(_ name: String, _ scope: String, _ value: Double?) {
            rows.append(Statistic(name: name, scope: scope, value: CSVWriter.number(value)))
        }
        func count(_ name: String, _ scope: String, _ value: Int) {
            rows.append(Statistic(name: name, scope: scope, value: String(value)))
        }
        rows.append(Statistic(name: "test", scope: "", value: spec.id))
        count("examinees", "", study.examinees.count)
        rows.append(Statistic(name: "seed", scope: "", value: String(options.seed)))
        add("bias", "", study.bias)
        add("rmse", "", study.rmse)
        add("mean_se", "", study.meanStandardError)
        for band in study.bands {
            let scope = Self.bandScope(band)
            count("band_count", scope, band.count)
            add("band_bias", scope, band.count > 0 ? band.bias : nil)
            add("band_rmse", scope, band.count > 0 ? band.rmse : nil)
            add("band_mean_se", scope, band.count > 0 ? band.meanStandardError : nil)
        }
        add("length_mean", "", study.length.mean)
        add("length_sd", "", study.length.standardDeviation)
        count("length_min", "", study.length.minimum)
        count("length_max", "", study.length.maximum)
        for reason in study.stopReasons {
            count("stop_count", reason.reason.rawValue, reason.count)
            add("stop_share", reason.reason.rawValue, Double(reason.count) / Double(study.examinees.count))
        }
        if let classification = study.classification {
            add("cut_theta", "", classification.cut)
            add("classification_accuracy", "", classification.accuracy)
            add("false_pass_rate", "", classification.falsePassRate)
            add("false_fail_rate", "", classification.falseFailRate)
            count("false_passes", "", classification.falsePasses)
            count("false_fails", "", classification.falseFails)
            count("undecided", "", classification.undecided)
        }
        add("exposure_max", "", study.exposure.maximum)
        add("exposure_mean", "", study.exposure.mean)
        add("overlap_rate", "", study.exposure.overlapRate)
        count("operational_items", "", study.exposure.operationalItems)
        count("items_never_used", "", study.exposure.neverUsed)
        count("blueprint_met", "", study.blueprintMet)
        add("blueprint_met_share", "", study.blueprintMetShare)
        return rows
    }

    /// `[-1,0)`, with `-inf` and `inf` at the ends.
    static func bandScope(_ band: SimulationReport.ThetaBand) -> String {
        func bound(_ value: Double) -> String { value.isInfinite ? (value < 0 ? "-inf" : "inf") : "\(value)" }
        return "[\(bound(band.lower)),\(bound(band.upper)))"
    }

    /// The summary as `statistic,scope,value`.
    public func csv() -> String {
        var csv = CSVWriter(header: Self.columns)
        for statistic in statistics { csv.row([statistic.name, statistic.scope, statistic.value]) }
        return csv.text
    }

    /// `examinee,true_theta,theta,se,length,stop_reason,decision`, examinees numbered from 1.
    public func perExamineeCSV() -> String {
        var csv = CSVWriter(header: Self.examineeColumns)
        for examinee in study.examinees {
            csv.row([
                String(examinee.index + 1), CSVWriter.number(examinee.trueTheta), CSVWriter.number(examinee.theta),
                CSVWriter.number(examinee.standardError), String(examinee.length), examinee.stopReason.rawValue,
                examinee.decision?.rawValue ?? "",
            ])
        }
        return csv.text
    }

    /// One JSON object with the same statistics, grouped.
    public func json() -> String {
        let study = self.study
        func value(_ number: Double?) -> Any { ItemStatisticsReport.jsonValue(number) }
        var payload: [String: Any] = [
            "test": spec.id, "examinees": study.examinees.count, "seed": options.seed,
            "recovery": ["bias": value(study.bias), "rmse": value(study.rmse), "mean_se": value(study.meanStandardError)],
            "bands": study.bands.map { band -> [String: Any] in
                [
                    "lower": value(band.lower), "upper": value(band.upper), "count": band.count,
                    "bias": value(band.count > 0 ? band.bias : nil), "rmse": value(band.count > 0 ? band.rmse : nil),
                    "mean_se": value(band.count > 0 ? band.meanStandardError : nil),
                ]
            },
            "length": [
                "mean": value(study.length.mean), "sd": value(study.length.standardDeviation),
                "min": study.length.minimum, "max": study.length.maximum,
            ],
            "stop_reasons": study.stopReasons.map { reason -> [String: Any] in
                [
                    "reason": reason.reason.rawValue, "count": reason.count,
                    "share": value(Double(reason.count) / Double(study.examinees.count)),
                ]
            },
            "exposure": [
                "max": value(study.exposure.maximum), "mean": value(study.exposure.mean),
                "overlap_rate": value(study.exposure.overlapRate), "operational_items": study.exposure.operationalItems,
                "items_never_used": study.exposure.neverUsed,
            ],
            "blueprint": ["met": study.blueprintMet, "met_share": value(study.blueprintMetShare)],
        ]
        if let classification = study.classification {
            payload["classification"] = [
                "cut_theta": value(classification.cut), "accuracy": value(classification.accuracy),
                "false_pass_rate": value(classification.falsePassRate),
                "false_fail_rate": value(classification.falseFailRate), "false_passes": classification.falsePasses,
                "false_fails": classification.falseFails, "undecided": classification.undecided,
            ]
        } else {
            payload["classification"] = NSNull()
        }
        let data =
            (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
