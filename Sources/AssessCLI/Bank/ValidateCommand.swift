import ArgumentParser
import BankFormats

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check bank files and report every problem as file:line:column.",
        discussion: "Exits 0 when the bank has no errors (warnings are printed), 65 when it has errors.")

    @Argument(help: ArgumentHelp("Bank files or folders (default: the bank folder).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var location: BankLocation

    @Option(help: "Format of the files: yaml, gift, qti or csv.")
    var format: BankFormat = .yaml

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Skip the item-writing checks (`assess bank lint`); structural checks still run.")
    var noLint = false

    func run() throws {
        let result = try BankLoader.load(paths.isEmpty ? [location.path] : paths, format: format)
        var diagnostics = result.diagnostics
        // Item-writing findings are warnings here; `assess bank lint` can make them errors.
        if !noLint, !diagnostics.hasErrors { diagnostics.append(contentsOf: result.lint().diagnostics) }
        for diagnostic in diagnostics.sorted { Output.error(diagnostic.description) }
        let errors = diagnostics.errors.count
        let warnings = diagnostics.warnings.count
        let files = result.files.count
        Output.line(
            "\(result.bank.items.count) items, \(result.bank.stimuli.count) \(result.bank.stimuli.count == 1 ? "stimulus" : "stimuli") in \(files) \(files == 1 ? "file" : "files"): "
                + "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
        if errors > 0 || (strict && warnings > 0) { throw ReportedFailure(exitCode: ErrorPresenter.badData) }
    }
}
