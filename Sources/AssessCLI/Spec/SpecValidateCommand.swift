import ArgumentParser
import AssessCore
import BankFormats
import Foundation

struct SpecValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check test specifications against the item bank and report every problem as file:line:column.",
        discussion: "Exits 0 when the specs have no errors (warnings are printed), 65 when they have errors.")

    @Argument(help: ArgumentHelp("Spec files or folders (default: the specs folder).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var specs: SpecLocation

    @OptionGroup var location: BankLocation

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let loaded = try TestSpecLoader.load(paths.isEmpty ? [specs.path] : paths)
        let bank = try BankLoader.load([location.path])
        if bank.diagnostics.hasErrors { throw BankError.invalid(bank.diagnostics) }
        // Files named one by one may refer (exclude-seen) to specs elsewhere in the folder.
        var references: [TestSpec] = []
        if !paths.isEmpty, FileManager.default.fileExists(atPath: specs.path), let folder = try? TestSpecLoader.load([specs.path]) {
            references = folder.specs
        }
        let diagnostics = loaded.validate(against: bank.bank, references: references)
        for diagnostic in diagnostics.sorted { Output.error(diagnostic.description) }
        let (errors, warnings, files) = (diagnostics.errors.count, diagnostics.warnings.count, loaded.files.count)
        Output.line(
            "\(loaded.specs.count) \(loaded.specs.count == 1 ? "spec" : "specs") in \(files) \(files == 1 ? "file" : "files"): "
                + "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
        if errors > 0 || (strict && warnings > 0) { throw ReportedFailure(exitCode: ErrorPresenter.badData) }
    }
}
