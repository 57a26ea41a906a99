import Testing

@testable import Psychometrics

@Suite("Mantel–Haenszel DIF")
struct MantelHaenszelTests {
    /// Tests/Fixtures/psychometrics/mantel_haenszel.json (Tools/reference/README.md).
    struct Reference: Decodable {
        struct DataSet: Decodable {
            let group: [Int]
            let responses: [[UInt8]]
            let total_scores: [Int]
        }
        struct Stratum: Decodable {
            let score: Int
            let A_ref_correct: Int
            let B_ref_incorrect: Int
            let C_focal_correct: Int
            let D_focal_incorrect: Int
            let T: Int
            let used: Bool
        }
        struct Item: Decodable {
            let item: Int
            let strata: [Stratum]
            let alpha_mh: Double
            let ln_alpha_mh: Double
            let var_ln_alpha_mh: Double
            let mh_d_dif: Double
            let se_mh_d_dif: Double
            let sum_A: Double
            let sum_E_A: Double
            let sum_Var_A: Double
            let mh_chi2_cc: Double
            let p_chi2_cc: Double
            let mh_chi2: Double
            let p_chi2: Double
            let z_d_dif: Double
            let p_z_d_dif_two_sided: Double
            let z_c_test: Double
            let ets_class: String
            let ets_class_signed: String
            let ets_class_variants: [String: String]
        }
        let data: DataSet
        let items: [Item]
    }

    static let fixture: Reference = {
        do { return try Fixture.load("mantel_haenszel.json") } catch {
            fatalError("mantel_haenszel.json: \(error)")
        }
    }()

    static func scores() throws -> ScoreMatrix {
        let rows = fixture.data.responses
        return try ScoreMatrix(candidateCount: rows.count, itemCount: rows[0].count, rowMajor: rows.flatMap { $0 })
    }

    static func groups() -> [DIFGroup?] {
        fixture.data.group.map { DIFGroup(rawValue: UInt8($0)) }
    }

    static func results() throws -> [MantelHaenszel] {
        try MantelHaenszel.analyze(scores: scores(), groups: groups())
    }

    // Sums of at most 600 terms of ratios of small integers: agreement is to a few ulps, so
    // 1e-12 (relative for the tiny p-values) is tight; sum_A is an integer.
    @Test("every statistic of every item matches the reference fixture", arguments: 0..<10)
    func matchesFixture(index: Int) throws {
        let expected = Self.fixture.items[index]
        let result = try Self.results()[index]
        #expect(result.item + 1 == expected.item)
        expectClose(result.commonOddsRatio, expected.alpha_mh, "α_MH")
        expectClose(result.logCommonOddsRatio, expected.ln_alpha_mh, "ln α_MH")
        expectClose(result.logOddsRatioVariance, expected.var_ln_alpha_mh, "Var(ln α_MH)")
        expectClose(result.deltaDIF, expected.mh_d_dif, "MH D-DIF")
        expectClose(result.deltaDIFStandardError, expected.se_mh_d_dif, "SE(MH D-DIF)")
        #expect(Double(result.sumReferenceCorrect) == expected.sum_A)
        expectClose(result.sumExpectedReferenceCorrect, expected.sum_E_A, "ΣE(A)")
        expectClose(result.sumReferenceCorrectVariance, expected.sum_Var_A, "ΣVar(A)")
        expectClose(result.chiSquareCorrected, expected.mh_chi2_cc, "MH χ² (corrected)")
        expectClose(result.chiSquareCorrectedPValue, expected.p_chi2_cc, relative: true, "p of corrected χ²")
        expectClose(result.chiSquare, expected.mh_chi2, "MH χ²")
        expectClose(result.chiSquarePValue, expected.p_chi2, relative: true, "p of χ²")
        expectClose(result.z, expected.z_d_dif, "z")
        expectClose(result.zPValue, expected.p_z_d_dif_two_sided, relative: true, "p of z")
        expectClose(result.zExceedingOne, expected.z_c_test, "(|D| − 1)/SE")
    }

    @Test("the strata are the fixture's 2 × 2 tables, with T < 2 unused", arguments: 0..<10)
    func strata(index: Int) throws {
        let expected = Self.fixture.items[index].strata
        let strata = try Self.results()[index].strata
        #expect(strata.count == expected.count)
        for (stratum, reference) in zip(strata, expected) {
            #expect(stratum.score == reference.score)
            #expect(stratum.referenceCorrect == reference.A_ref_correct)
            #expect(stratum.referenceIncorrect == reference.B_ref_incorrect)
            #expect(stratum.focalCorrect == reference.C_focal_correct)
            #expect(stratum.focalIncorrect == reference.D_focal_incorrect)
            #expect(stratum.total == reference.T)
            #expect(stratum.isUsed == reference.used)
        }
    }

    @Test("ETS classes, signed and under every reading of the rule, match the fixture", arguments: 0..<10)
    func classes(index: Int) throws {
        let expected = Self.fixture.items[index]
        let result = try Self.results()[index]
        let standard = try #require(result.classification())
        #expect(standard.category.rawValue == expected.ets_class)
        #expect(standard.label == expected.ets_class_signed)
        let readings: [(String, ETSRule)] = [
            ("z_two_sided_1.96", .zTwoSided), ("chi2_uncorrected_A_test", .uncorrectedChiSquare),
            ("paek_holland_2015", .paekHolland2015), ("magnitude_only", .magnitudeOnly),
        ]
        #expect(expected.ets_class_variants.count == readings.count)
        for (name, rule) in readings {
            #expect(
                result.classification(rule: rule)?.category.rawValue == expected.ets_class_variants[name], "\(name)")
        }
    }

    @Test("the built-in DIF is found: item 7 is C− and item 3 is B+")
    func builtInDIF() throws {
        let labels = try Self.results().map { $0.classification()?.label }
        #expect(labels == ["A", "A", "B+", "A", "A", "A", "C-", "A", "A", "A"])
    }

    @Test("the matching total includes the studied item")
    func matchingIncludesItem() throws {
        #expect(try Self.scores().totals() == Self.fixture.data.total_scores)
    }

    @Test("candidates in neither group and items not given are left out")
    func exclusions() throws {
        let scores = try Self.scores()
        var groups = Self.groups()
        let full = try MantelHaenszel.analyze(scores: scores, groups: groups)
        // Adding candidates outside both groups changes nothing.
        let doubled = try ScoreMatrix(
            candidateCount: 2 * scores.candidateCount, itemCount: scores.itemCount,
            rowMajor: Self.fixture.data.responses.flatMap { $0 } + Self.fixture.data.responses.flatMap { $0 })
        groups += Array(repeating: nil, count: scores.candidateCount)
        #expect(try MantelHaenszel.analyze(scores: doubled, groups: groups) == full)
    }

    @Test("a missing group is an error")
    func emptyGroup() throws {
        let scores = try Self.scores()
        let allReference = [DIFGroup?](repeating: .reference, count: scores.candidateCount)
        #expect(throws: PsychometricsError.emptyGroup(.focal)) {
            try MantelHaenszel.analyze(scores: scores, groups: allReference)
        }
    }

    @Test("strata where no reference candidate fails leave α_MH undefined: nil, no class")
    func undefinedOddsRatio() {
        // Every reference candidate correct: B = 0 in each stratum, so ΣBC/T = 0.
        let strata = [
            MantelHaenszelStratum(
                score: 1, referenceCorrect: 4, referenceIncorrect: 0, focalCorrect: 2, focalIncorrect: 3),
            MantelHaenszelStratum(
                score: 2, referenceCorrect: 6, referenceIncorrect: 0, focalCorrect: 4, focalIncorrect: 1),
        ]
        let result = MantelHaenszel(item: 0, strata: strata)
        #expect(result.commonOddsRatio == nil && result.deltaDIF == nil && result.deltaDIFStandardError == nil)
        #expect(result.z == nil && result.classification() == nil)
        #expect(result.chiSquare != nil)
    }

    @Test("a one-candidate stratum is unused and a one-group stratum changes no statistic")
    func degenerateStrata() {
        let core = [
            MantelHaenszelStratum(
                score: 3, referenceCorrect: 5, referenceIncorrect: 3, focalCorrect: 2, focalIncorrect: 4),
            MantelHaenszelStratum(
                score: 4, referenceCorrect: 7, referenceIncorrect: 2, focalCorrect: 3, focalIncorrect: 3),
        ]
        let lone = MantelHaenszelStratum(
            score: 0, referenceCorrect: 0, referenceIncorrect: 0, focalCorrect: 0, focalIncorrect: 1)
        let referenceOnly = MantelHaenszelStratum(
            score: 5, referenceCorrect: 3, referenceIncorrect: 1, focalCorrect: 0, focalIncorrect: 0)
        #expect(!lone.isUsed && referenceOnly.isUsed)
        let plain = MantelHaenszel(item: 0, strata: core)
        let padded = MantelHaenszel(item: 0, strata: [lone] + core + [referenceOnly])
        #expect(padded.commonOddsRatio == plain.commonOddsRatio)
        #expect(padded.logOddsRatioVariance == plain.logOddsRatioVariance)
        #expect(padded.sumReferenceCorrect == plain.sumReferenceCorrect + 3)
        expectClose(padded.chiSquareCorrected, plain.chiSquareCorrected!, tolerance: 1e-14, "corrected χ²")
    }
}
