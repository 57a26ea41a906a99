import AssessCore

/// Building a pool from a test specification.
extension SequencerPool {
    /// The pool a test specification selects from a bank: ``AssessCore/ItemPool/items(in:)``
    /// in its order (listed items first, then bank order), `active` items scored and `pilot`
    /// items pretest, IRT parameters converted to the logistic metric (D = 1) as in
    /// ``init(items:parameters:)``.
    ///
    /// `excluding` removes items the attempt must not see — those seen in earlier attempts
    /// under a `required` ``AssessCore/SeenItemRule``; which attempts count is the records'
    /// business, so the caller passes the ids.
    ///
    /// - Throws: the errors of ``init(items:parameters:)``.
    public init(spec: TestSpec, bank: ItemBank, excluding excluded: Set<String> = []) throws(SequencingError) {
        let items = spec.pool.items(in: bank).filter { !excluded.contains($0.id) }
        try self.init(items: items)
    }
}
