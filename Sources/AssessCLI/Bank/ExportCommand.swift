import ArgumentParser
import BankFormats

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the bank as native YAML (a file per module) or as a QTI content package.")

    @OptionGroup var location: BankLocation

    @Option(help: "Output format: yaml or qti.")
    var format: BankFormat

    @Option(help: ArgumentHelp("Folder to write into.", valueName: "dir"))
    var out: String

    @Flag(help: "Overwrite files that already exist.")
    var replace = false

    func run() throws {
        let result = try BankLoader.load([location.path])
        if result.diagnostics.hasErrors { throw BankError.invalid(result.diagnostics) }
        let files = try BankExport.files(for: result.bank, format: format)
        try FileWriter.write(files, into: out, replace: replace)
        Output.line("exported \(result.bank.items.count) items to \(files.count) files in \(out)")
    }
}
