import ArgumentParser
import Foundation

/// `--bank DIR`, else the `ASSESS_BANK` environment variable, else `./ItemBank`.
struct BankLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Item bank folder (default: $ASSESS_BANK, else ./ItemBank).", valueName: "dir"))
    var bank: String?

    var path: String {
        if let bank { return bank }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ASSESS_BANK"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "ItemBank"
    }
}
