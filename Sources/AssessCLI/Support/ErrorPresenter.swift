import Analysis
import Delivery
import AssessCore
import BankFormats
import Foundation
import Sequencing

/// Maps every engine error to the text a user reads and an exit code from sysexits(3):
/// 65 bad data, 66 missing input, 73 cannot create output, 74 I/O error, 70 internal error.
/// Argument-parsing errors are left to ArgumentParser (usage, exit 64).
enum ErrorPresenter {
    static let badData: Int32 = 65
    static let noInput: Int32 = 66
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74

    /// Prints `error` on standard error and returns the exit code, or nil when the error is not
    /// the engine's (ArgumentParser presents its own).
    static func present(_ error: any Error) -> Int32? {
        switch error {
        case let error as BankError:
            return present(error)
        case let error as DeliveryError:
            return present(error)
        case let error as AnalysisError:
            switch error {
            case .invalid(let diagnostics):
                printDiagnostics(diagnostics)
                return badData
            case .unreadable(let path):
                Output.error("error: cannot read \(path)")
                return noInput
            case .design(let error):
                Output.error(message(for: error))
                return badData
            }
        case let error as SequencingError:
            Output.error(message(for: error))
            return badData
        case let diagnostic as Diagnostic:
            Output.error(diagnostic.description)
            return badData
        default:
            return nil
        }
    }

    static func present(_ error: BankError) -> Int32 {
        switch error {
        case .invalid(let diagnostics):
            printDiagnostics(diagnostics)
            return badData
        case .notFound(let path):
            Output.error("error: no such file or folder: \(path)")
            return noInput
        case .io(let path, let reason):
            Output.error("error: \(path): \(reason)")
            return ioError
        case .wouldOverwrite(let path):
            Output.error("error: \(path) already exists; nothing was written (use --replace to overwrite)")
            return cannotCreate
        case .unknownItem(let id, let suggestion):
            Output.error("error: no item '\(id)' in the bank" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
            return badData
        case .unknownTest(let id, let folder, let suggestion):
            Output.error("error: no test '\(id)' in \(folder)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
            return badData
        }
    }

    static func present(_ error: DeliveryError) -> Int32 {
        switch error {
        case .invalidContent(let diagnostics):
            printDiagnostics(diagnostics)
            return badData
        case .unknownTest(let id, let known, let suggestion):
            var message = "error: no test '\(id)'"
            if let suggestion { message += "; did you mean '\(suggestion)'?" } else if !known.isEmpty { message += " (tests: \(known.joined(separator: ", ")))" }
            Output.error(message)
            return badData
        case .unknownCandidate(_, let canRegister):
            Output.error(
                "error: no candidate with that worker id is registered"
                    + (canRegister ? "; add them with assess candidates add, or pass --register NAME for this test" : "; add them with assess candidates add"))
            return badData
        case .attemptRefused(let reason):
            Output.error("error: " + reason)
            return badData
        case .cannotAssemble(let reason):
            Output.error("error: cannot build this test: " + reason)
            return badData
        case .records(let message, let code):
            Output.error("error: " + message)
            return code
        }
    }

    /// Every diagnostic, sorted by location, then a count.
    static func printDiagnostics(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted { Output.error(diagnostic.description) }
        let errors = diagnostics.errors.count
        let warnings = diagnostics.warnings.count
        if errors > 0 {
            Output.error("\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings"); nothing was changed")
        }
    }
}
