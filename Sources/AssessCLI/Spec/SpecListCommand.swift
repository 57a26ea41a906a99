import ArgumentParser
import BankFormats

struct SpecListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the test specifications: purpose, mode, length, pool size, time limit.")

    @OptionGroup var specs: SpecLocation

    @OptionGroup var location: BankLocation

    @Option(help: "Output: table (for people) or json.")
    var format: SummaryFormat = .table

    func run() throws {
        let loaded = try TestSpecLoader.load([specs.path])
        let bank = try BankLoader.load([location.path])
        if bank.diagnostics.hasErrors { throw BankError.invalid(bank.diagnostics) }
        let diagnostics = loaded.validate(against: bank.bank)
        if diagnostics.hasErrors { throw BankError.invalid(diagnostics) }
        switch format {
        case .table: Output.text(TestSpecRenderer.table(loaded.documents, bank: bank.bank))
        case .json: Output.line(TestSpecRenderer.json(loaded.documents, bank: bank.bank))
        }
    }
}
