import AssessCore

/// A wide results file as read: one row per candidate (`candidate_id` first), one column per
/// item, each cell the answer given (option letters, or a rating) or empty when the item was
/// not presented.
public struct ResultSheet: Sendable {
    public struct Row: Sendable {
        /// The candidate's worker id.
        public var workerID: String
        /// The spreadsheet row (the header is row 1).
        public var rowNumber: Int
        /// The cell of each item column (nil when empty), in ``ResultSheet/itemIDs`` order.
        public var cells: [String?]

        public init(workerID: String, rowNumber: Int, cells: [String?]) {
            self.workerID = workerID
            self.rowNumber = rowNumber
            self.cells = cells
        }
    }

    public var file: String
    /// The item ids of the columns after `candidate_id` (field 2 onwards).
    public var itemIDs: [String]
    public var rows: [Row]

    public init(file: String, itemIDs: [String], rows: [Row]) {
        self.file = file
        self.itemIDs = itemIDs
        self.rows = rows
    }

    /// The location of a cell: the row, and the field number (the first item is field 2).
    func location(row: Int, itemColumn: Int) -> SourceLocation {
        SourceLocation(file: file, line: rows[row].rowNumber, column: itemColumn + 2)
    }
}
