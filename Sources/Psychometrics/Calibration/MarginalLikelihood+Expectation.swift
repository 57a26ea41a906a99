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

    /// Adds the expected counts of `rows` into `counts` and returns their log-likelihood.
    func accumulate(
        table: UnsafeBufferPointer<Double>, rows: Range<Int>, into counts: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        let q = nodeCount
        var posterior = [Double](repeating: 0, count: q)
        var logLikelihood = 0.0
        posterior.withUnsafeMutableBufferPointer { weights in
            for row in rows {
                let frequency = scores.frequencies[row]
                let cells = scores.rowStart[row]..<scores.rowStart[row + 1]
                guard frequency > 0, !cells.isEmpty else { continue }
                logLikelihood += frequency * self.posterior(row: row, table: table, into: weights)
                scores.itemIndices.withUnsafeBufferPointer { items in
                    scores.scores.withUnsafeBufferPointer { responses in
                        for cell in cells {
                            let base = (2 * Int(items[cell]) + Int(responses[cell])) * q
                            for node in 0..<q { counts[base + node] += frequency * weights[node] }
                        }
                    }
                }
            }
        }
        return logLikelihood
    }

    /// Writes row `row`'s posterior weights over the nodes into `weights` and returns
    /// log Σ_q A_q·L_r(θ_q), the row's marginal log-likelihood.
    ///
    /// w_rq = A_q·L_r(θ_q) / Σ_k A_k·L_r(θ_k), with L_r the likelihood of the row's administered
    /// cells; computed in log space with the largest term factored out, so long response
    /// strings do not underflow.
    @inline(__always)
    func posterior(row: Int, table: UnsafeBufferPointer<Double>, into weights: UnsafeMutableBufferPointer<Double>) -> Double {
        let q = nodeCount
        logWeights.withUnsafeBufferPointer { logWeights in
            for node in 0..<q { weights[node] = logWeights[node] }
        }
        scores.itemIndices.withUnsafeBufferPointer { items in
            scores.scores.withUnsafeBufferPointer { responses in
                for cell in scores.rowStart[row]..<scores.rowStart[row + 1] {
                    let base = (2 * Int(items[cell]) + Int(responses[cell])) * q
                    for node in 0..<q { weights[node] += table[base + node] }
                }
            }
        }
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
        return largest + log(total)
    }
}
