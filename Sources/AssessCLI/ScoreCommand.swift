import Analysis
import ArgumentParser
import Foundation
import Psychometrics

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Estimate each candidate's ability (θ) and standard error from a 1/0 response file.",
        discussion: """
            RESPONSES has candidate_id, then one column per item id holding 1, 0 or empty (not \
            administered). Prints candidate_id,raw,n,theta,se,estimator,note,D. θ is on the logistic \
            metric (D = 1). An all-correct or all-wrong pattern under MLE sits at the range bound \
            (note extreme-pattern-at-bound); use --estimator map, eap or wle for a finite estimate.
            """)

    @Option(help: ArgumentHelp("Response file of 1/0/empty cells.", valueName: "file.csv"))
    var responses: String

    @OptionGroup var location: BankLocation

    @Option(help: "Estimator: mle, map, eap or wle.")
    var estimator: EstimatorName = .eap

    @Option(help: "EAP quadrature points.")
    var quadrature = 33

    @Option(help: ArgumentHelp("θ range for the estimator, LO,HI.", valueName: "lo,hi"))
    var range = "-4,4"

    @Option(help: "Output: csv or json.")
    var format: OutputFormat = .csv

    func validate() throws {
        guard parsedRange != nil else { throw ValidationError("--range must be two numbers LO,HI with LO < HI, e.g. -4,4") }
        if quadrature < 2 || quadrature > 1000 { throw ValidationError("--quadrature must be between 2 and 1000") }
    }

    var parsedRange: ClosedRange<Double>? {
        let parts = range.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, parts[0].isFinite, parts[1].isFinite, parts[0] < parts[1] else { return nil }
        return parts[0]...parts[1]
    }

    func run() throws {
        let bounds = parsedRange ?? -4...4
        let chosen: AbilityEstimator =
            switch estimator {
            case .mle: .maximumLikelihood(bounds: bounds)
            case .map: .maximumAPosteriori(bounds: bounds)
            case .eap: .expectedAPosteriori(grid: QuadratureGrid(points: quadrature, range: bounds))
            case .wle: .weightedLikelihood(bounds: bounds)
            }
        let report = try ScoringRun.run(responses: responses, bank: location.path, estimator: chosen)
        Output.text(format == .json ? report.json() : report.csv())
    }
}

enum EstimatorName: String, ExpressibleByArgument, CaseIterable {
    case mle, map, eap, wle
}
