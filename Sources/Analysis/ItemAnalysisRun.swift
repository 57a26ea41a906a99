import AssessCore
import BankFormats
import Foundation
import Psychometrics

/// `assess analyze`: reads a response file of option letters and a key (a key file or the
/// bank), and runs the classical item analysis.
public enum ItemAnalysisRun {
    public enum KeySource: Sendable {
        case file(String)
        case bank(String)
    }

    public static func run(responses path: String, key source: KeySource) throws(AnalysisError) -> ItemStatisticsReport {
        let table = try readTable(path)
        let key: AnswerKey
        switch source {
        case .file(let keyPath):
            let (parsed, diagnostics) = AnswerKey.read(try text(at: keyPath), file: keyPath)
            guard let parsed else { throw .invalid(diagnostics) }
            key = parsed
        case .bank(let bankPath):
            let loaded: BankLoader.Result
            do { loaded = try BankLoader.load([bankPath]) } catch { throw .unreadable(path: bankPath) }
            if loaded.diagnostics.hasErrors { throw .invalid(loaded.diagnostics) }
            key = AnswerKey(bank: loaded.bank)
        }
        let (matrix, diagnostics) = RawResponses.matrix(table, key: key)
        guard let matrix else { throw .invalid(diagnostics) }
        do {
            return ItemStatisticsReport(itemIDs: table.itemIDs, analysis: try ClassicalAnalysis(responses: matrix))
        } catch {
            throw .invalid(Diagnostics([.error("cannot analyse the responses: \(error)", at: SourceLocation(file: path))]))
        }
    }

    static func readTable(_ path: String) throws(AnalysisError) -> ResponseTable {
        let (table, diagnostics) = ResponseTable.read(try text(at: path), file: path)
        guard let table else { throw .invalid(diagnostics) }
        return table
    }

    static func text(at path: String) throws(AnalysisError) -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw .unreadable(path: path) }
        do { return try BankLoader.decodedText(at: path) } catch { throw .invalid(Diagnostics([error])) }
    }
}
