import Analysis
import ArgumentParser

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Estimate item parameters (Rasch, 2PL, 3PL) by marginal maximum likelihood from a 1/0 response file.",
        discussion: """
            RESPONSES has candidate_id, then one column per item id holding 1, 0 or empty (not \
            administered: sparse adaptive records are fine). Prints item_id,model,a,b,c,se_a,se_b,se_c,D; \
            the fit (convergence, EM cycles, log-likelihood) goes to standard error, or into --format json. \
            3PL uses a Beta(5,17) prior on c (BILOG-MG's default). For long complete forms use 41–61 nodes.
            """)

    @Option(help: ArgumentHelp("Response file of 1/0/empty cells.", valueName: "file.csv"))
    var responses: String

    @Option(help: "Model: rasch, 2pl or 3pl.")
    var model: CalibrationRun.Model

    @Option(help: "Gauss–Hermite quadrature nodes.")
    var quadrature = 21

    @Option(help: "Scaling constant D of the reported parameters: 1 (logistic) or 1.702 (normal ogive).")
    var scaling = 1.0

    @Option(help: "Output: csv or json.")
    var format: OutputFormat = .csv

    func validate() throws {
        if !(5...121).contains(quadrature) { throw ValidationError("--quadrature must be between 5 and 121 nodes") }
        if scaling != 1 && scaling != 1.702 { throw ValidationError("--scaling must be 1 or 1.702") }
    }

    func run() throws {
        let report = try CalibrationRun.run(responses: responses, model: model, quadratureNodes: quadrature, scaling: scaling)
        if format == .json {
            Output.text(report.json())
        } else {
            Output.text(report.csv())
            Output.error(report.summary)
        }
    }
}

extension CalibrationRun.Model: ExpressibleByArgument {}
