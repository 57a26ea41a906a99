import Foundation

extension MantelHaenszel {
    /// MH statistics of every item, each matched on the total score over all items, the
    /// studied item included (Holland & Thayer 1988; Dorans & Holland 1993).
    ///
    /// - Parameter groups: one entry per candidate; `nil` leaves the candidate out.
    /// - Throws: ``PsychometricsError/emptyGroup(_:)`` when no candidate is in one of the groups.
    public static func analyze(scores: ScoreMatrix, groups: [DIFGroup?]) throws -> [MantelHaenszel] {
        precondition(
            groups.count == scores.candidateCount,
            "MantelHaenszel: \(groups.count) group entries for \(scores.candidateCount) candidates")
        for group in DIFGroup.allCases where !groups.contains(group) {
            throw PsychometricsError.emptyGroup(group)
        }
        let totals = scores.totals()
        return (0..<scores.itemCount).map { MantelHaenszel(item: $0, scores: scores, groups: groups, matching: totals) }
    }

    /// MH statistics of one item, matched on any non-negative integer score per candidate
    /// (the total, a rest score, a score on an external anchor).
    public init(item: Int, scores: ScoreMatrix, groups: [DIFGroup?], matching: [Int]) {
        precondition((0..<scores.itemCount).contains(item), "MantelHaenszel: item \(item) out of range")
        precondition(groups.count == scores.candidateCount, "MantelHaenszel: one group entry per candidate needed")
        precondition(matching.count == scores.candidateCount, "MantelHaenszel: one matching score per candidate needed")
        let highest = matching.max() ?? 0
        precondition(matching.allSatisfy { $0 >= 0 }, "MantelHaenszel: matching scores must be non-negative")

        // Cells per score: [A, B, C, D] at 4·score, filled in one pass over the item's column.
        var cells = [Int](repeating: 0, count: 4 * (highest + 1))
        var candidate = 0
        for value in scores.column(item) {
            defer { candidate += 1 }
            guard value != ScoreMatrix.notAdministered, let group = groups[candidate] else { continue }
            let cell = 4 * matching[candidate] + (group == .reference ? 0 : 2) + (value == 1 ? 0 : 1)
            cells[cell] += 1
        }
        var strata = [MantelHaenszelStratum]()
        for score in 0...highest where cells[4 * score..<4 * score + 4].contains(where: { $0 > 0 }) {
            strata.append(
                MantelHaenszelStratum(
                    score: score, referenceCorrect: cells[4 * score], referenceIncorrect: cells[4 * score + 1],
                    focalCorrect: cells[4 * score + 2], focalIncorrect: cells[4 * score + 3]))
        }
        self.init(item: item, strata: strata)
    }

    /// MH statistics from the strata's 2 × 2 tables (the used ones enter; see the properties
    /// for each formula).
    public init(item: Int, strata: [MantelHaenszelStratum]) {
        self.item = item
        self.strata = strata
        var sumR = 0.0
        var sumS = 0.0
        var sumPR = 0.0
        var sumPSQR = 0.0
        var sumQS = 0.0
        var sumA = 0
        var sumExpectedA = 0.0
        var sumVarianceA = 0.0
        for stratum in strata where stratum.isUsed {
            let a = Double(stratum.referenceCorrect)
            let b = Double(stratum.referenceIncorrect)
            let c = Double(stratum.focalCorrect)
            let d = Double(stratum.focalIncorrect)
            let t = Double(stratum.total)
            let r = a * d / t
            let s = b * c / t
            let p = (a + d) / t
            let q = (b + c) / t
            sumR += r
            sumS += s
            sumPR += p * r
            sumPSQR += p * s + q * r
            sumQS += q * s
            let reference = a + b
            let focal = c + d
            let correct = a + c
            let incorrect = b + d
            sumA += stratum.referenceCorrect
            sumExpectedA += reference * correct / t
            sumVarianceA += reference * focal * correct * incorrect / (t * t * (t - 1))
        }
        sumReferenceCorrect = sumA
        sumExpectedReferenceCorrect = sumExpectedA
        sumReferenceCorrectVariance = sumVarianceA

        if sumR > 0, sumS > 0 {
            let ratio = sumR / sumS
            let logRatio = log(ratio)
            let variance = sumPR / (2 * sumR * sumR) + sumPSQR / (2 * sumR * sumS) + sumQS / (2 * sumS * sumS)
            let delta = -2.35 * logRatio
            let standardError = 2.35 * variance.squareRoot()
            commonOddsRatio = ratio
            logCommonOddsRatio = logRatio
            logOddsRatioVariance = variance
            deltaDIF = delta
            deltaDIFStandardError = standardError
            z = delta / standardError
            zPValue = 2 * StandardNormal.upperTail(abs(delta / standardError))
            zExceedingOne = (abs(delta) - 1) / standardError
        } else {
            commonOddsRatio = nil
            logCommonOddsRatio = nil
            logOddsRatioVariance = nil
            deltaDIF = nil
            deltaDIFStandardError = nil
            z = nil
            zPValue = nil
            zExceedingOne = nil
        }

        if sumVarianceA > 0 {
            let deviation = abs(Double(sumA) - sumExpectedA)
            let corrected = max(deviation - 0.5, 0)
            chiSquareCorrected = corrected * corrected / sumVarianceA
            chiSquare = deviation * deviation / sumVarianceA
            chiSquareCorrectedPValue = chiSquareCorrected.map(ChiSquare.survivalOneDegree)
            chiSquarePValue = chiSquare.map(ChiSquare.survivalOneDegree)
        } else {
            chiSquareCorrected = nil
            chiSquare = nil
            chiSquareCorrectedPValue = nil
            chiSquarePValue = nil
        }
    }
}
