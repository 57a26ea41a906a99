import ArgumentParser
import Delivery
import Foundation

struct TakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "Take a test at the terminal: a module test, the self-assessment or the certification test.",
        discussion: """
            The test comes from Scoring/<ID>.yaml, its items from ItemBank/, and every answer is saved \
            in the database before the next item is shown. pause, end of input, Ctrl-C, a hang-up or \
            a kill leave the attempt paused; run the same command again to continue where you stopped. \
            List the tests with: assess spec list
            """)

    @Option(help: ArgumentHelp("The test's id (see assess spec list).", valueName: "id"))
    var test: String

    @Option(help: ArgumentHelp("The candidate's worker id.", valueName: "worker-id"))
    var candidate: String

    @Option(help: ArgumentHelp("Register an unknown candidate under this name (module tests and the self-assessment only).", valueName: "name"))
    var register: String?

    @Option(help: ArgumentHelp("Seed of a new attempt's generator (recorded; random when omitted).", valueName: "n"))
    var seed: UInt64?

    @OptionGroup var location: BankLocation

    @Option(help: ArgumentHelp("Folder of test specifications.", valueName: "dir"))
    var specs = "Scoring"

    @OptionGroup var database: DatabaseLocation

    func run() throws {
        InterruptSignals.install()
        var console = StandardConsole()
        let outcome = try TakeRun.run(
            TakeRequest(
                testID: test, workerID: candidate, registerName: register, seed: seed, bankPath: location.path, specsPath: specs,
                databasePath: database.path),
            console: &console, clock: SystemSessionClock(), now: Clock.now)
        // Interrupted by a signal: the pause is recorded; end by that signal, as the parent expects.
        InterruptSignals.resendIfReceived()
        // A paused attempt is not an error, but scripts can tell it apart from a finished one.
        if outcome == .paused { throw ReportedFailure(exitCode: 0) }
    }
}
