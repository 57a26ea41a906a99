import ArgumentParser
import BankFormats

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import GIFT, QTI or CSV files into native YAML bank files, all or nothing.",
        discussion: """
            Each input becomes DIR/<name>.yaml. The imported items are validated together with the \
            bank already in DIR; on any error nothing is written. Question types the engine does \
            not support are errors unless --skip-unsupported, which reports and skips them.
            """)

    @Option(help: "Input format: gift, qti or csv.")
    var format: BankFormat

    @Argument(help: ArgumentHelp("Files (or QTI package folders) to import.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Bank folder to write into.", valueName: "dir"))
    var into: String

    @Flag(help: "Overwrite YAML files that already exist.")
    var replace = false

    @Flag(help: "Report unsupported question types as warnings and import the rest.")
    var skipUnsupported = false

    func validate() throws {
        if format == .yaml { throw ValidationError("--format must be gift, qti or csv (YAML is already the native format)") }
        if files.isEmpty { throw ValidationError("name at least one file to import") }
    }

    func run() throws {
        let report = try BankImport.run(
            files: files, format: format, into: into, replace: replace, skipUnsupported: skipUnsupported)
        for diagnostic in report.diagnostics.sorted { Output.error(diagnostic.description) }
        Output.line("imported \(report.itemCount) items into \(report.written.map { into + "/" + $0 }.joined(separator: ", "))")
    }
}
