import Foundation

/// The E-step's expected counts (Bock & Aitkin 1981, eqs. 8–9), split by response.
///
/// `counts[(2·i + x)·Q + q]` = Σ_r f_r·[r was given item i and answered x]·w_rq, with w_rq the
/// posterior weight of node q for row r. Then n̄_iq = counts(x = 0) + counts(x = 1) is the
/// expected number of candidates at θ_q who were given item i, and r̄_iq = counts(x = 1) the
/// expected number who answered it correctly. Rows contribute to an item only through the
/// cells they were administered, so sparse (adaptive) data need no imputation.
struct ExpectedCounts: Sendable {
    var counts: [Double]
    /// The marginal log-likelihood at the parameters of the E-step.
    var logLikelihood: Double
}

extension MarginalLikelihood {
    /// Runs the E-step at `parameters`.
    func expectation(_ parameters: ItemParameterSet) -> ExpectedCounts {
        expectation(table: logProbabilityTable(parameters))
    }

    /// Runs the E-step with a precomputed ``logProbabilityTable(_:)``.
    ///
    /// The rows are split into two halves accumulated on both cores into separate buffers,
    /// then added in a fixed order (first half, then second), so the result does not depend on
    /// scheduling.
    func expectation(table: [Double]) -> ExpectedCounts {
        let size = 2 * itemCount * nodeCount
        let parts = RowPartition(scores).map { rows -> ExpectedCounts in
            var counts = [Double](repeating: 0, count: size)
            let logLikelihood = counts.withUnsafeMutableBufferPointer { buffer in
                table.withUnsafeBufferPointer { accumulate(table: $0, rows: rows, into: buffer) }
            }
            return ExpectedCounts(counts: counts, logLikelihood: logLikelihood)
        }
        var total = parts[0]
        for part in parts.dropFirst() {
            for index in 0..<size { total.counts[index] += part.counts[index] }
            total.logLikelihood += part.logLikelihood
        }
        return total
    }

    /// The number of cells in the longest of `rows` (the size of the per-row scratch buffers).
    func longestRow(in rows: Range<Int>) -> Int {
        var longest = 0
        for row in rows { longest = max(longest, scores.rowStart[row + 1] - scores.rowStart[row]) }
        return longest
    }

    /// Adds the expected counts of `rows` into `counts` and returns their log-likelihood.
    func accumulate(
        table: UnsafeBufferPointer<Double>, rows: Range<Int>, into counts: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        let q = nodeCount
        var weights = [Double](repeating: 0, count: q)
        var scaled = [Double](repeating: 0, count: q)
        var offsets = [Int](repeating: 0, count: max(longestRow(in: rows), 1))
        var logLikelihood = 0.0
        weights.withUnsafeMutableBufferPointer { weights in
            scaled.withUnsafeMutableBufferPointer { scaled in
                offsets.withUnsafeMutableBufferPointer { offsets in
                    for row in rows {
                        let frequency = scores.frequencies[row]
                        guard frequency > 0, scores.rowStart[row] < scores.rowStart[row + 1] else { continue }
                        let posterior = posterior(row: row, table: table, offsets: offsets, into: weights)
                        logLikelihood += frequency * posterior.logMarginal
                        let support = posterior.support
                        for node in support { scaled[node] = frequency * weights[node] }
                        // counts[offset + q] += f·w_q for every administered cell (Bock & Aitkin 1981, eqs. 8–9).
                        for cell in 0..<posterior.cellCount {
                            VectorKernels.addScaled(
                                scaled.baseAddress! + support.lowerBound, scale: 1,
                                into: counts.baseAddress! + offsets[cell] + support.lowerBound, count: support.count)
                        }
                    }
                }
            }
        }
        return logLikelihood
    }

    /// Posterior weights below this are treated as 0 when accumulating (never in log L).
    ///
    /// Weights sum to 1 and every score entry is bounded by max|θ_q| + 1, so a skipped node
    /// changes a row's contribution to the counts or the information by less than
    /// Q·1e-16·(max|θ| + 1)² ≈ 2e-13 — below the rounding of the sums over rows — while long
    /// response strings concentrate the posterior on a few nodes and so skip most of the work.
    static let negligibleWeight = 1e-16

    /// Writes row `row`'s posterior weights over the nodes into `weights` and the table offset
    /// (2·item + x)·Q of each of its cells into `offsets`; returns log Σ_q A_q·L_r(θ_q), the
    /// row's marginal log-likelihood, the smallest range of nodes outside which every weight is
    /// below ``negligibleWeight``, and the row's number of cells.
    ///
    /// w_rq = A_q·L_r(θ_q) / Σ_k A_k·L_r(θ_k), with L_r the likelihood of the row's administered
    /// cells (Bock & Aitkin 1981, eq. 7); computed in log space with the largest term factored
    /// out, so long response strings do not underflow.
    @inline(__always)
    func posterior(
        row: Int, table: UnsafeBufferPointer<Double>, offsets: UnsafeMutableBufferPointer<Int>,
        into weights: UnsafeMutableBufferPointer<Double>
    ) -> (logMarginal: Double, support: Range<Int>, cellCount: Int) {
        let q = nodeCount
        let first = scores.rowStart[row]
        let cellCount = scores.rowStart[row + 1] - first
        scores.itemIndices.withUnsafeBufferPointer { items in
            scores.scores.withUnsafeBufferPointer { responses in
                for cell in 0..<cellCount {
                    offsets[cell] = (2 * Int(items[first + cell]) + Int(responses[first + cell])) * q
                }
            }
        }
        logWeights.withUnsafeBufferPointer { logWeights in
            for node in 0..<q { weights[node] = logWeights[node] }
        }
        VectorKernels.addRows(
            of: table.baseAddress!, offsets: offsets.baseAddress!, rowCount: cellCount,
            into: weights.baseAddress!, count: q)
        var largest = -Double.infinity
        for node in 0..<q { largest = max(largest, weights[node]) }
        var total = 0.0
        for node in 0..<q {
            let value = exp(weights[node] - largest)
            weights[node] = value
            total += value
        }
        let scale = 1 / total
        for node in 0..<q { weights[node] *= scale }
        var lower = 0
        while weights[lower] < Self.negligibleWeight { lower += 1 }
        var upper = q - 1
        while weights[upper] < Self.negligibleWeight { upper -= 1 }
        return (largest + log(total), lower..<(upper + 1), cellCount)
    }
}
