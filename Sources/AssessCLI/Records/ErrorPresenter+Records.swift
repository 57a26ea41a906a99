import Foundation
import Records

extension ErrorPresenter {
    static let internalError: Int32 = 70
    static let temporaryFailure: Int32 = 75

    /// Prints a records error and returns its exit code: 65 bad data (including a broken audit
    /// chain), 66 no database, 73 would overwrite, 74 I/O, 75 busy past the timeout, 70 an
    /// unexpected SQLite error. Candidate data is shown only when `ASSESS_SHOW_CANDIDATE_DATA=1`.
    static func present(_ error: RecordsError) -> Int32 {
        if case .invalid(let diagnostics) = error {
            printDiagnostics(diagnostics)
            return badData
        }
        let reveal = ProcessInfo.processInfo.environment["ASSESS_SHOW_CANDIDATE_DATA"] == "1"
        Output.error("error: " + error.message(revealingCandidateData: reveal))
        switch error {
        case .noDatabase: return noInput
        case .io: return ioError
        case .busy: return temporaryFailure
        case .wouldOverwrite: return cannotCreate
        case .database: return internalError
        case .corrupt, .newerSchema, .invalid, .invalidValue, .duplicateCandidate, .unknownCandidate, .unknownRecord,
            .attemptNotOpen, .conflictingResponse, .outOfSequence, .itemAlreadyAnswered, .auditFailed, .integrityFailed:
            return badData
        }
    }

    /// Runs a records command body, presenting a records error and exiting with its code.
    ///
    /// The shared `present(_:)` switch does not know the records layer; catching here keeps
    /// the records commands in their own files.
    static func presentingRecordsErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RecordsError {
            throw ReportedFailure(exitCode: present(error))
        }
    }

    /// `5`, `0.5`: seconds as people write them.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
