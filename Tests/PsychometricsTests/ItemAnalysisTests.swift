import Testing

@testable import Psychometrics

@Suite("Item analysis")
struct ItemAnalysisTests {
    static let fixture = ClassicalItemAnalysisFixture.shared

    static func analysis() throws -> ClassicalAnalysis {
        try ClassicalAnalysis(responses: fixture.responseMatrix())
    }

    // Counts and group proportions are ratios of small integers and the correlations come from
    // exact integer sums, so 1e-12 is far looser than the error (a few ulps) but tight enough to
    // catch any formula slip.
    @Test("every statistic of every item matches the reference fixture", arguments: 0..<8)
    func matchesFixture(index: Int) throws {
        let expected = Self.fixture.items[index]
        let item = try Self.analysis().items[index]
        #expect(item.item + 1 == expected.item)
        #expect(item.count == expected.n)
        #expect(item.respondedCount == expected.n_responded)
        #expect(item.omittedCount == expected.n_omitted)
        #expect(item.correctCount == expected.n_correct)
        expectClose(item.pValue, expected.p_value, "p-value")
        expectClose(item.standardDeviationPopulation, expected.sd_population, "SD (population)")
        expectClose(item.standardDeviationSample, expected.sd_sample, "SD (sample)")
        expectClose(item.pointBiserial, expected.point_biserial, "point-biserial")
        expectClose(item.pointBiserialCorrected, expected.point_biserial_corrected, "corrected point-biserial")
        expectClose(item.biserial, expected.biserial, "biserial")
        expectClose(item.biserialCorrected, expected.biserial_corrected, "corrected biserial")
        expectClose(item.upperGroupPValue, expected.upper_group_p, "upper-group p")
        expectClose(item.lowerGroupPValue, expected.lower_group_p, "lower-group p")
        expectClose(item.discriminationUpperLower, expected.discrimination_upper_lower, "upper–lower D")
        expectClose(item.alphaIfDeleted, expected.alpha_if_deleted, "α if deleted")
    }

    @Test("every option's count, proportion, point-biserial and key flag match the fixture", arguments: 0..<8)
    func optionsMatchFixture(index: Int) throws {
        let expected = Self.fixture.items[index]
        let item = try Self.analysis().items[index]
        #expect(item.options.map(\.option) == [0, 1, 2, 3])
        let rows = zip(Self.fixture.data.options, item.options).map { ($0, $1) } + [("omit", item.omission!)]
        for (letter, row) in rows {
            let reference = try #require(expected.options[letter])
            #expect(row.count == reference.count, "count of \(letter)")
            expectClose(row.proportion, reference.proportion, "proportion of \(letter)")
            #expect(row.isKey == reference.is_key, "key flag of \(letter)")
            if let r = reference.point_biserial_with_total {
                expectClose(row.pointBiserial, r, "point-biserial of \(letter)")
            } else {
                #expect(row.pointBiserial == nil, "point-biserial of \(letter) should be undefined")
            }
        }
        #expect(item.omission?.option == ResponseMatrix.omitted)
    }

    @Test("the key's option point-biserial is the item's point-biserial")
    func keyRowIsItemRow() throws {
        for item in try Self.analysis().items {
            let key = try #require(item.options.first { $0.isKey })
            expectClose(key.pointBiserial, item.pointBiserial!, tolerance: 1e-15, "key row of item \(item.item)")
        }
    }

    @Test("scores alone give the same statistics without omission or option rows")
    func scoresOnly() throws {
        let fromScores = try ClassicalAnalysis(scores: Self.fixture.scoreMatrix())
        for (plain, full) in zip(fromScores.items, try Self.analysis().items) {
            #expect(plain.respondedCount == nil && plain.omittedCount == nil)
            #expect(plain.options.isEmpty && plain.omission == nil)
            #expect(plain.pointBiserial == full.pointBiserial)
            #expect(plain.alphaIfDeleted == full.alphaIfDeleted)
            #expect(plain.discriminationUpperLower == full.discriminationUpperLower)
        }
    }

    @Test("an item everybody answers correctly has p = 1, SD 0 and no correlations (nil, not NaN)")
    func zeroVariance() throws {
        // Item 0 is always correct; items 1 and 2 vary.
        let rows: [[UInt8]] = [[1, 1, 1], [1, 0, 0], [1, 1, 1], [1, 0, 0], [1, 1, 0]]
        let scores = try ScoreMatrix(candidateCount: 5, itemCount: 3, rowMajor: rows.flatMap { $0 })
        let item = try ClassicalAnalysis(scores: scores).items[0]
        #expect(item.pValue == 1)
        #expect(item.standardDeviationPopulation == 0)
        #expect(item.standardDeviationSample == 0)
        #expect(item.pointBiserial == nil)
        #expect(item.pointBiserialCorrected == nil)
        #expect(item.biserial == nil)
        #expect(item.biserialCorrected == nil)
        #expect(item.upperGroupPValue == 1 && item.lowerGroupPValue == 1)
        #expect(item.discriminationUpperLower == 0)
        // α of items 1 and 2: variances 6/25 each, rest-score variance 20/25 → 2·(1 − 12/20).
        expectClose(item.alphaIfDeleted, 0.8, "α without the constant item")
    }

    @Test("an item nobody was given has counts of zero and no statistics")
    func neverAdministered() throws {
        let x = ScoreMatrix.notAdministered
        let rows: [[UInt8]] = [[1, x], [0, x], [1, x]]
        let item = try ClassicalAnalysis(
            scores: ScoreMatrix(candidateCount: 3, itemCount: 2, rowMajor: rows.flatMap { $0 })
        )
        .items[1]
        #expect(item.count == 0 && item.correctCount == 0)
        #expect(item.pValue == nil && item.standardDeviationPopulation == nil && item.standardDeviationSample == nil)
        #expect(item.pointBiserial == nil && item.biserial == nil)
        #expect(item.upperGroupPValue == nil && item.lowerGroupPValue == nil && item.discriminationUpperLower == nil)
        #expect(item.alphaIfDeleted == nil)
    }

    @Test("a not-administered cell leaves the item's n, the candidate's total and α if deleted")
    func sparseCells() throws {
        let x = ScoreMatrix.notAdministered
        let rows: [[UInt8]] = [[1, 1, x], [0, 1, 1], [1, 0, 0], [0, 0, 1], [1, 1, 1]]
        let analysis = try ClassicalAnalysis(
            scores: ScoreMatrix(candidateCount: 5, itemCount: 3, rowMajor: rows.flatMap { $0 }))
        #expect(analysis.totals == [2, 2, 1, 1, 3])
        let item = analysis.items[2]
        #expect(item.count == 4 && item.correctCount == 3)
        #expect(item.pValue == 0.75)
        // Over candidates 1–4: x = (1, 0, 1, 1), T = (2, 1, 1, 3).
        expectClose(item.pointBiserial, Self.pearson([1, 0, 1, 1], [2, 1, 1, 3]), "sparse point-biserial")
        #expect(analysis.items.allSatisfy { $0.alphaIfDeleted == nil })
    }

    @Test("the biserial is the point-biserial scaled by √(pq)/φ(Φ⁻¹(p))")
    func biserialScaling() throws {
        for item in try Self.analysis().items {
            let p = try #require(item.pValue)
            let ratio = try #require(item.biserial) / item.pointBiserial!
            expectClose(ratio, (p * (1 - p)).squareRoot() / StandardNormal.density(StandardNormal.quantile(p)), "ratio")
        }
    }

    /// Pearson's r computed directly from deviations.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n
        let my = y.reduce(0, +) / n
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        let syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        return sxy / (sxx * syy).squareRoot()
    }
}
