import ArgumentParser
import Foundation

/// `--specs DIR`, else the `ASSESS_SCORING` environment variable, else `./Scoring`.
struct SpecLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Test specification folder (default: $ASSESS_SCORING, else ./Scoring).", valueName: "dir"))
    var specs: String?

    var path: String {
        if let specs { return specs }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ASSESS_SCORING"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "Scoring"
    }
}
