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

    @Flag(help: "Leave out items the format cannot carry (reported as warnings) instead of failing.")
    var skipUnsupported = false

    func run() throws {
        let result = try BankLoader.load([location.path])
        if result.diagnostics.hasErrors { throw BankError.invalid(result.diagnostics) }
        let (files, warnings) = try BankExport.files(
            for: result.bank, format: format, locations: result.itemLocations, skipUnsupported: skipUnsupported)
        try FileWriter.write(files, into: out, replace: replace)
        for warning in warnings.sorted { Output.error(warning.description) }
        let skipped = warnings.all.count { $0.rule == "not-exportable" }
        Output.line("exported \(result.bank.items.count - skipped) items to \(files.count) files in \(out)")
    }
}
