import ArgumentParser
import BankFormats

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show the bank's coverage: items by block, module, objective, status and type.")

    @OptionGroup var location: BankLocation

    @Option(help: "Output: table (for people) or json.")
    var format: SummaryFormat = .table

    func run() throws {
        let result = try BankLoader.load([location.path])
        if result.diagnostics.hasErrors { throw BankError.invalid(result.diagnostics) }
        let summary = BankSummary(result.bank)
        switch format {
        case .table: Output.text(BankSummaryRenderer.table(summary))
        case .json: Output.line(BankSummaryRenderer.json(summary))
        }
    }
}

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
