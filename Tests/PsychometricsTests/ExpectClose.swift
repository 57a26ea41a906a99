import Testing

/// Records an issue unless `actual` is present and within `tolerance` of `expected`
/// (absolute, or relative to |expected| when `relative` is set).
func expectClose(
    _ actual: Double?, _ expected: Double, tolerance: Double = 1e-12, relative: Bool = false, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual else {
        Issue.record("\(what) is nil, expected \(expected)", sourceLocation: sourceLocation)
        return
    }
    let bound = relative ? tolerance * abs(expected) : tolerance
    #expect(abs(actual - expected) <= bound, "\(what): \(actual) vs \(expected)", sourceLocation: sourceLocation)
}
