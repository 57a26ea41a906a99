import ArgumentParser
import Foundation

// Entry point: every error, from argument parsing or from the engine, goes through one
// presenter that chooses the message and the exit code.
do {
    var command = try Assess.parseAsRoot()
    try command.run()
} catch let error as ReportedFailure {
    Output.flush()
    exit(error.exitCode)
} catch {
    Output.flush()
    if let code = ErrorPresenter.present(error) { exit(code) }
    Assess.exit(withError: error)
}
