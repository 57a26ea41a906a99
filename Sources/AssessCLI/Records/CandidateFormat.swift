/// How candidates are printed: a table for people, CSV and JSON for programs.
enum CandidateFormat: String, CaseIterable {
    case table, csv, json
}
