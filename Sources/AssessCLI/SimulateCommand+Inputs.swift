import Analysis
import ArgumentParser
import AssessCore
import BankFormats
import Foundation
import Sequencing

/// Loading and checking what `assess simulate` is asked to run.
extension SimulateCommand {
    /// The spec document named by `--test` (a file, or an id in the specs folder), and the
    /// specs loaded with it (for the validator's cross-references).
    func loadSpec() throws -> (TestSpecDocument, TestSpecLoader.Result) {
        let isFile = FileManager.default.fileExists(atPath: test) && (test.hasSuffix(".yaml") || test.hasSuffix(".yml"))
        let loaded = try TestSpecLoader.load([isFile ? test : specs.path])
        let document = isFile ? loaded.documents.first : loaded.document(id: test)
        guard let document, document.spec != nil || isFile else {
            throw BankError.unknownTest(
                id: test, folder: specs.path, suggestion: Suggestion.closest(to: test, among: loaded.specs.map(\.id)))
        }
        if document.diagnostics.hasErrors { throw BankError.invalid(document.diagnostics) }
        return (document, loaded)
    }

    /// Throws the validator's errors about `file` (warnings are not shown: the spec commands
    /// report them).
    func check(_ diagnostics: Diagnostics, file: String) throws {
        let own = Diagnostics(diagnostics.sorted.filter { $0.location.file == file && $0.severity == .error })
        if own.hasErrors { throw BankError.invalid(own) }
    }

    /// Overrides that contradict the spec's other lengths are usage errors.
    func checkOverrides(against stopping: StoppingRules) throws {
        let minimum = minItems ?? stopping.minimumItems
        let maximum = maxItems ?? stopping.maximumItems
        guard minimum <= maximum else {
            if maxItems != nil {
                throw ValidationError(
                    "--max-items \(maximum) is below the test's min-items \(stopping.minimumItems); give --min-items too")
            }
            throw ValidationError("--min-items \(minimum) is above the test's max-items \(stopping.maximumItems); give --max-items too")
        }
    }
}

enum SimulationFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

enum SelectorName: String, ExpressibleByArgument, CaseIterable {
    case maxInfo = "max-info"
    case kl
    case aStratified = "a-stratified"

    /// The rule; a-stratified with 4 strata (Chang & Ying 1999's example).
    var rule: SelectionRule {
        switch self {
        case .maxInfo: .maximumInformation
        case .kl: .kullbackLeibler
        case .aStratified: .aStratified(strata: 4)
        }
    }
}

extension EstimatorName {
    var method: EstimatorSettings.Method {
        switch self {
        case .mle: .mle
        case .map: .map
        case .eap: .eap
        case .wle: .wle
        }
    }
}

extension ClosedRange<Double> {
    /// A θ grid from `--theta-grid`.
    struct Grid {
        var range: ClosedRange<Double>
        var step: Double
    }
}
