import Analysis
import ArgumentParser
import BankFormats
import Foundation
import Sequencing

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate an adaptive test: θ recovery, lengths, stop reasons, classification, exposure, blueprint.",
        discussion: """
            Examinees of known θ (normal, or cycling over a grid) take the test as its spec \
            describes it, answering from the items' IRT model; the overrides change the design for \
            this study only. The same seed gives the same report, whatever the number of cores. \
            Outputs are described in docs/ANALYSIS-OUTPUTS.md.
            """)

    @Option(help: ArgumentHelp("The adaptive test: a spec id in the specs folder, or a spec file.", valueName: "spec"))
    var test: String

    @Option(parsing: .unconditional, help: "Number of simulated examinees.")
    var examinees = 1000

    @Option(parsing: .unconditional, help: ArgumentHelp("Mean of the normal θ distribution (default 0).", valueName: "m"))
    var thetaMean: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Standard deviation of the normal θ distribution (default 1).", valueName: "s"))
    var thetaSd: Double?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("θ on an equally spaced grid instead; examinees cycle over its points.", valueName: "lo:hi:step"))
    var thetaGrid: String?

    @Option(help: "Seed of the study.")
    var seed: UInt64 = 1

    @Option(help: "Output: table, csv or json.")
    var format: SimulationFormat = .table

    @Option(help: "Override the item selector: max-info, kl or a-stratified.")
    var selector: SelectorName?

    @Option(help: "Override the estimator: mle, map, eap or wle.")
    var estimator: EstimatorName?

    @Option(parsing: .unconditional, help: "Override the maximum number of scored items.")
    var maxItems: Int?

    @Option(parsing: .unconditional, help: "Override the minimum number of scored items.")
    var minItems: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("Override the standard-error stopping threshold.", valueName: "se"))
    var seStop: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Override the cut, on the θ scale.", valueName: "θ"))
    var cut: Double?

    @Option(help: ArgumentHelp("Also write one row per examinee to this CSV file.", valueName: "file.csv"))
    var perExaminee: String?

    @Option(help: ArgumentHelp("Simulate on an external bank: item_id,a,b,c,content_area (D = 1).", valueName: "file.csv"))
    var bankCsv: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Derive Sympson–Hetter parameters for this maximum exposure rate instead.", valueName: "rate"))
    var deriveSympsonHetter: Double?

    @Option(help: ArgumentHelp("Where --derive-sympson-hetter writes item_id,k.", valueName: "file.csv"))
    var sympsonHetterFile: String?

    @OptionGroup var specs: SpecLocation

    @OptionGroup var location: BankLocation

    func validate() throws {
        guard (1...1_000_000).contains(examinees) else { throw ValidationError("--examinees must be between 1 and 1000000") }
        if thetaGrid != nil, thetaMean != nil || thetaSd != nil {
            throw ValidationError("--theta-grid cannot be combined with --theta-mean or --theta-sd")
        }
        if let thetaGrid, Self.grid(thetaGrid) == nil {
            throw ValidationError("--theta-grid must be LO:HI:STEP with LO ≤ HI, STEP > 0 and at most 10001 points, e.g. -3:3:0.5")
        }
        if let thetaMean, !thetaMean.isFinite { throw ValidationError("--theta-mean must be a number") }
        if let thetaSd, !(thetaSd.isFinite && thetaSd > 0) { throw ValidationError("--theta-sd must be a positive number") }
        if let maxItems, maxItems < 1 { throw ValidationError("--max-items must be at least 1") }
        if let minItems, minItems < 1 { throw ValidationError("--min-items must be at least 1") }
        if let minItems, let maxItems, minItems > maxItems {
            throw ValidationError("--min-items (\(minItems)) must not exceed --max-items (\(maxItems))")
        }
        if let seStop, !(seStop.isFinite && seStop > 0) { throw ValidationError("--se-stop must be a positive number") }
        if let cut, !cut.isFinite { throw ValidationError("--cut must be a number") }
        if let target = deriveSympsonHetter {
            guard target.isFinite, target > 0, target <= 1 else {
                throw ValidationError("--derive-sympson-hetter must be a rate above 0 and at most 1, e.g. 0.3")
            }
            guard sympsonHetterFile != nil else {
                throw ValidationError("--derive-sympson-hetter needs --sympson-hetter-file FILE.csv to write to")
            }
        } else if sympsonHetterFile != nil {
            throw ValidationError("--sympson-hetter-file is only used with --derive-sympson-hetter")
        }
        // Checked here rather than in run() so that the usage shown is this command's.
        let (document, _) = try loadSpec()
        if let spec = document.spec {
            guard case .adaptive(let design) = spec.mode else {
                throw ValidationError("--test \(spec.id) is a \(spec.mode.name) test; simulate runs adaptive tests")
            }
            try checkOverrides(against: design.stopping)
        }
    }

    /// The points of `LO:HI:STEP`, or nil when malformed.
    static func grid(_ text: String) -> ClosedRange<Double>.Grid? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3, let lower = parts[0], let upper = parts[1], let step = parts[2], lower.isFinite,
            upper.isFinite, step.isFinite, lower <= upper, step > 0, (upper - lower) / step < 10_000
        else { return nil }
        return ClosedRange<Double>.Grid(range: lower...upper, step: step)
    }

    func run() throws {
        let (document, references) = try loadSpec()
        guard let spec = document.spec else { throw BankError.invalid(document.diagnostics) }
        let overrides = SimulationRun.Overrides(
            selector: selector.map(\.rule), estimator: estimator.map(\.method), maximumItems: maxItems,
            minimumItems: minItems, standardError: seStop, cut: cut)
        let source: SimulationRun.BankSource
        if let bankCsv {
            source = .csv(path: bankCsv)
            try check(references.validate(against: nil, references: []), file: document.file)
        } else {
            let bank = try BankLoader.load([location.path])
            if bank.diagnostics.hasErrors { throw BankError.invalid(bank.diagnostics) }
            try check(references.validate(against: bank.bank, references: references.specs), file: document.file)
            source = .bank(bank.bank)
        }
        let abilities: AbilityDistribution =
            if let thetaGrid, let grid = Self.grid(thetaGrid) {
                .grid(grid.range, step: grid.step)
            } else {
                .normal(mean: thetaMean ?? 0, standardDeviation: thetaSd ?? 1)
            }
        let options = SimulationRun.Options(
            examinees: examinees, abilities: abilities, seed: seed, threads: ProcessInfo.processInfo.activeProcessorCount)
        let study = try SimulationRun.prepare(
            spec: overrides.applied(to: spec), specFile: document.file, bank: source, options: options)
        if let target = deriveSympsonHetter, let file = sympsonHetterFile {
            try derive(study, target: target, file: file)
            return
        }
        let progress = ProgressBar(total: examinees, label: "simulating")
        let report = try SimulationRun.run(study) { progress.advance(by: $0) }
        progress.finish()
        if let perExaminee { try Self.write(report.perExamineeCSV(), to: perExaminee) }
        switch format {
        case .table: Output.text(report.table())
        case .csv: Output.text(report.csv())
        case .json: Output.text(report.json())
        }
    }

    func derive(_ study: SimulationRun.Study, target: Double, file: String) throws {
        let progress = ProgressBar(total: 1, label: "deriving")
        let (parameters, derivation) = try SimulationRun.deriveSympsonHetter(study, target: target)
        progress.finish()
        try Self.write(SimulationRun.sympsonHetterCSV(parameters), to: file)
        var lines = ["iteration,max_exposure,max_selection"]
        for (index, iteration) in derivation.iterations.enumerated() {
            lines.append("\(index + 1),\(iteration.maximumExposure),\(iteration.maximumSelection)")
        }
        Output.text(lines.joined(separator: "\n") + "\n")
        let outcome =
            derivation.converged
            ? "converged: maximum exposure within 0.01 of \(target)"
            : "did not converge in \(derivation.iterations.count) iterations; the table is the last one"
        Output.error("\(file): \(parameters.count) items; \(outcome)")
    }

    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw BankError.io(path: path, reason: "cannot write the file")
        }
    }
}
