import ArgumentParser
import AssessCore
import BankFormats

struct SpecShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show every setting of one test specification, with its content hash and blueprint counts.")

    @Argument(help: "The test id.")
    var id: String

    @OptionGroup var specs: SpecLocation

    @OptionGroup var location: BankLocation

    func run() throws {
        let loaded = try TestSpecLoader.load([specs.path])
        guard let document = loaded.document(id: id), let spec = document.spec else {
            throw BankError.unknownTest(id: id, folder: specs.path, suggestion: Suggestion.closest(to: id, among: loaded.specs.map(\.id)))
        }
        if document.diagnostics.hasErrors { throw BankError.invalid(document.diagnostics) }
        let bank = try BankLoader.load([location.path])
        if bank.diagnostics.hasErrors { throw BankError.invalid(bank.diagnostics) }
        Output.text(TestSpecRenderer.show(spec, file: document.file, bank: bank.bank))
    }
}
