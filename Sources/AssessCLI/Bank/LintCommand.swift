import ArgumentParser
import struct AssessCore.Diagnostic
import BankFormats
import Foundation

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check items against item-writing guidelines (Haladyna, Downing & Rodriguez 2002).",
        discussion: """
            Prints file:line: warning[rule-id]: message for each finding, then a count by rule. \
            An item silences a rule with `lint-exceptions: {rule-id: "justification"}`. \
            Run `assess bank lint --rules` to see every rule with its reason and source.
            """)

    @Argument(help: ArgumentHelp("Bank files or folders (default: the bank folder).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var location: BankLocation

    @Option(
        name: .customLong("error-on"), parsing: .upToNextOption,
        help: ArgumentHelp("Rules whose findings are errors (exit 65); 'all' for every rule.", valueName: "rule"))
    var errorOn: [String] = []

    @Option(help: "Active items each objective needs within its module.")
    var minItemsPerObjective = 4

    @Option(help: ArgumentHelp("Test specifications whose blueprints the bank must supply (default: ./Scoring when it exists).", valueName: "dir"))
    var specs: String?

    @Flag(help: "Also list the findings silenced by justified exceptions.")
    var showExceptions = false

    @Flag(help: "List the rules with their reasons and sources, and exit.")
    var rules = false

    func validate() throws {
        let known = Set(LintRule.all.map(\.id))
        for rule in errorOn.flatMap({ $0.split(separator: ",").map(String.init) }) where rule != "all" && !known.contains(rule) {
            throw ValidationError("unknown rule '\(rule)' for --error-on; run 'assess bank lint --rules' to list them")
        }
        if minItemsPerObjective < 1 { throw ValidationError("--min-items-per-objective must be at least 1") }
    }

    func run() throws {
        if rules {
            for rule in LintRule.all { Output.line("\(rule.id): \(rule.summary)\n    why: \(rule.reason)\n    source: \(rule.source)") }
            return
        }
        let result = try BankLoader.load(paths.isEmpty ? [location.path] : paths)
        if result.diagnostics.hasErrors { throw BankError.invalid(result.diagnostics) }
        var options = ItemLinter.Options()
        options.minimumItemsPerObjective = minItemsPerObjective
        if let folder = specs ?? (FileManager.default.fileExists(atPath: "Scoring") ? "Scoring" : nil) {
            let loaded = try TestSpecLoader.load([folder])
            // A spec that cannot be read cannot be checked: say so rather than lint half the rules.
            if loaded.readDiagnostics.hasErrors { throw BankError.invalid(loaded.readDiagnostics) }
            options.testSpecs = loaded.documents
        }
        let report = result.lint(options: options)
        let failing = Set(errorOn.flatMap { $0.split(separator: ",").map(String.init) })
        let isError: (Diagnostic) -> Bool = { failing.contains("all") || failing.contains($0.rule ?? "") }
        let findings = report.diagnostics.sorted.map { finding in
            var shown = finding
            if isError(finding) { shown.severity = .error }
            return shown
        }
        for finding in findings { Output.line(Self.render(finding)) }
        if showExceptions {
            for exception in report.exceptions {
                Output.line("\(exception.location): note[\(exception.rule)]: item '\(exception.itemID)' is excepted: \(exception.justification)")
            }
        }
        Output.line(Self.summary(findings, exceptions: report.exceptions.count, items: report.checkedItems))
        if findings.contains(where: { $0.severity == .error }) { throw ReportedFailure(exitCode: ErrorPresenter.badData) }
    }

    /// `file:line: warning[rule]: message` (lint findings are located by line).
    static func render(_ finding: Diagnostic) -> String {
        var location = finding.location
        location.column = 0
        return Diagnostic(finding.severity, at: location, finding.message, rule: finding.rule).description
    }

    static func summary(_ findings: [Diagnostic], exceptions: Int, items: Int) -> String {
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.rule ?? "?", default: 0] += 1 }
        let byRule = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var line = "\(items) items checked: \(findings.count) \(findings.count == 1 ? "finding" : "findings")"
        if !byRule.isEmpty { line += " (\(byRule))" }
        line += "; \(exceptions) justified \(exceptions == 1 ? "exception" : "exceptions")"
        return line
    }
}
