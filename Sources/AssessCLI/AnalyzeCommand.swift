import Analysis
import ArgumentParser

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Classical item analysis of a response file: p-values, discrimination, distractors, reliability.",
        discussion: """
            RESPONSES has candidate_id, then one column per item id holding the selected option letter \
            (empty if omitted). KEY has item_id,key. Columns and formulas: docs/ANALYSIS-OUTPUTS.md.
            """)

    @Option(help: ArgumentHelp("Response file of option letters.", valueName: "file.csv"))
    var responses: String

    @Option(help: ArgumentHelp("Answer key file (item_id,key).", valueName: "file.csv"))
    var key: String?

    @Option(help: ArgumentHelp("Take the keys from this bank folder instead of a key file.", valueName: "dir"))
    var bank: String?

    @Flag(help: "Print one row per item and option (distractor analysis) instead of per item.")
    var options = false

    @Flag(help: "Print the test-level statistics instead of per item.")
    var summary = false

    @Option(help: "Output: csv or json (json holds items, options and test together).")
    var format: OutputFormat = .csv

    func validate() throws {
        if (key == nil) == (bank == nil) { throw ValidationError("give exactly one of --key or --bank") }
        if options && summary { throw ValidationError("--options and --summary cannot be combined") }
    }

    func run() throws {
        let report = try ItemAnalysisRun.run(responses: responses, key: key.map { .file($0) } ?? .bank(bank ?? ""))
        switch format {
        case .json: Output.text(report.json())
        case .csv: Output.text(options ? report.optionsCSV() : summary ? report.summaryCSV() : report.itemsCSV())
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}
