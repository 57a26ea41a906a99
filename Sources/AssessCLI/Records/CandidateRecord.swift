import Analysis
import Foundation
import Records

/// One candidate as exported: with the worker id, or (pseudonymised) with a pseudonym instead
/// and without the name.
struct CandidateRecord: Encodable {
    var workerID: String?
    var pseudonym: String?
    var name: String?
    var role: String
    var agency: String?
    var county: String?
    var region: String?
    var cohort: String?
    var hireDate: String?

    enum CodingKeys: String, CodingKey {
        case workerID = "worker_id", pseudonym, name, role, agency, county, region, cohort, hireDate = "hire_date"
    }

    init(_ candidate: Candidate, pseudonymizer: Pseudonymizer?) {
        if let pseudonymizer {
            pseudonym = pseudonymizer.pseudonym(for: candidate.workerID)
        } else {
            workerID = candidate.workerID
            name = candidate.displayName
        }
        role = candidate.role.rawValue
        agency = candidate.agency
        county = candidate.county
        region = candidate.region
        cohort = candidate.cohort
        hireDate = candidate.hireDate?.description
    }

    /// The exported columns, in order; the same names as the import format.
    static func header(pseudonymized: Bool) -> [String] {
        (pseudonymized ? ["pseudonym"] : ["worker_id", "name"]) + ["role", "agency", "county", "region", "cohort", "hire_date"]
    }

    var fields: [String] {
        (pseudonym.map { [$0] } ?? [workerID ?? "", name ?? ""]) + [role] + [agency, county, region, cohort, hireDate].map { $0 ?? "" }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { preconditionFailure("candidate records always encode") }
        return String(decoding: data, as: UTF8.self)
    }

    static func render(_ records: [CandidateRecord], as format: CandidateFormat, pseudonymized: Bool) -> String {
        switch format {
        case .table:
            let header = header(pseudonymized: pseudonymized).map { $0.replacing("_", with: " ") }
            return RecordsTable.render(header: header, rows: records.map { $0.fields.map(TerminalText.escaped) })
        case .csv:
            var csv = CSVWriter(header: header(pseudonymized: pseudonymized))
            for record in records { csv.row(record.fields) }
            return csv.text
        case .json:
            return json(records) + "\n"
        }
    }
}
