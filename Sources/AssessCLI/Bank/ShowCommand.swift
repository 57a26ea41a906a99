import ArgumentParser
import BankFormats

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one item as authored; the key and rationales stay hidden unless --reveal-key.")

    @Argument(help: "The item id.")
    var id: String

    @OptionGroup var location: BankLocation

    @Flag(help: "Show the key, the rationales and the IRT parameters.")
    var revealKey = false

    func run() throws {
        let result = try BankLoader.load([location.path])
        if result.diagnostics.hasErrors { throw BankError.invalid(result.diagnostics) }
        Output.text(try ItemRenderer.render(id: id, in: result.bank, revealKey: revealKey))
    }
}
