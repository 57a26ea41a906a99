import AssessCore
import Foundation
import Psychometrics

/// `assess calibrate`: item parameters by marginal maximum likelihood (Bock & Aitkin 1981)
/// from a 1/0 response file, complete or sparse (empty cells are items not administered).
public enum CalibrationRun {
    public enum Model: String, Sendable, CaseIterable {
        case rasch
        case twoPL = "2pl"
        case threePL = "3pl"

        var calibrationModel: CalibrationModel {
            switch self {
            case .rasch: .rasch
            case .twoPL: .twoParameter()
            case .threePL: .threeParameter()
            }
        }
    }

    public struct Report: Sendable {
        public var itemIDs: [String]
        public var model: Model
        public var scaling: Double
        public var quadratureNodes: Int
        public var result: CalibrationResult

        public static let columns = ["item_id", "model", "a", "b", "c", "se_a", "se_b", "se_c", "D"]

        public func csv() -> String {
            var csv = CSVWriter(header: Self.columns)
            for (id, item) in zip(itemIDs, result.items) {
                csv.row([
                    id, model.rawValue, CSVWriter.number(item.a), CSVWriter.number(item.b), CSVWriter.number(item.c),
                    CSVWriter.number(item.standardErrors?.a), CSVWriter.number(item.standardErrors?.b),
                    CSVWriter.number(item.standardErrors?.c), CSVWriter.number(scaling),
                ])
            }
            return csv.text
        }

        /// The fit in one line for people: convergence, cycles and log-likelihood.
        public var summary: String {
            let state = result.converged ? "converged" : "did NOT converge"
            return "\(model.rawValue) MML-EM \(state) after \(result.cycles) EM cycles and \(result.newtonSteps) Newton steps; "
                + "log-likelihood \(result.logLikelihood); \(quadratureNodes) Gauss–Hermite nodes; D = \(scaling)"
        }

        public func json() -> String {
            let items: [[String: Any]] = zip(itemIDs, result.items).map { id, item in
                [
                    "item_id": id, "a": item.a, "b": item.b, "c": item.c,
                    "se_a": ItemStatisticsReport.jsonValue(item.standardErrors?.a),
                    "se_b": ItemStatisticsReport.jsonValue(item.standardErrors?.b),
                    "se_c": ItemStatisticsReport.jsonValue(item.standardErrors?.c),
                ]
            }
            let payload: [String: Any] = [
                "model": model.rawValue, "D": scaling, "log_likelihood": result.logLikelihood, "em_cycles": result.cycles,
                "newton_steps": result.newtonSteps, "converged": result.converged, "quadrature_nodes": quadratureNodes,
                "max_abs_gradient": ItemStatisticsReport.jsonValue(result.maximumAbsoluteGradient), "items": items,
            ]
            let data = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys, .prettyPrinted])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    public static func run(
        responses path: String, model: Model, quadratureNodes: Int = 21, scaling: Double = ScalingConstant.logistic
    ) throws(AnalysisError) -> Report {
        let table = try ItemAnalysisRun.readTable(path)
        let (scored, diagnostics) = ScoredResponses.read(table)
        guard let scored else { throw .invalid(diagnostics) }
        do {
            let matrix = try SparseScoreMatrix(itemCount: scored.itemIDs.count, rowMajor: scored.scores)
            let options = CalibrationOptions(quadrature: .gaussHermite(nodeCount: quadratureNodes), scaling: scaling)
            let result = try ItemCalibration.calibrate(matrix, model: model.calibrationModel, options: options)
            return Report(itemIDs: scored.itemIDs, model: model, scaling: scaling, quadratureNodes: quadratureNodes, result: result)
        } catch let PsychometricsError.itemWithoutVariation(item, administered, correct) {
            let reason =
                administered == 0
                ? "nobody was given it" : correct == 0 ? "nobody answered it correctly" : "everybody answered it correctly"
            throw .invalid(
                Diagnostics([
                    .error(
                        "item '\(scored.itemIDs[item])' cannot be calibrated: \(reason) (\(Int(administered)) administered); remove its column or add responses",
                        at: SourceLocation(file: path, line: 1, column: item + 2))
                ]))
        } catch {
            throw .invalid(Diagnostics([.error("calibration failed: \(error)", at: SourceLocation(file: path))]))
        }
    }
}
