import Foundation

/// The gradient and observed information of the penalised marginal log-likelihood in the
/// parameter vector φ of a ``ParameterLayout``.
struct ObservedInformation: Sendable {
    /// ∂(log L + Σ log π)/∂φ.
    var gradient: [Double]
    /// −∂²(log L + Σ log π)/∂φ∂φᵀ, row-major and symmetric.
    var information: [Double]
    /// log L at the same parameters.
    var logLikelihood: Double
}

extension MarginalLikelihood {
    /// The exact gradient and observed information at `parameters`.
    ///
    /// Fisher's identity gives the gradient as the posterior mean of the complete-data score,
    /// ∇log L = Σ_r f_r·s̄_r with s̄_r = Σ_q w_rq·s_r(θ_q), and Louis (1982, eq. 3.2) the observed
    /// information as the expected complete-data information minus the posterior covariance of
    /// the score:
    ///
    /// I(φ) = Σ_r f_r·{ Σ_q w_rq·(−H_r(θ_q)) − Σ_q w_rq·(s_r(θ_q) − s̄_r)(s_r(θ_q) − s̄_r)ᵀ },
    ///
    /// with s_r(θ_q) and H_r(θ_q) the score and Hessian of row r's administered cells at θ_q
    /// (``ResponseDerivatives``). Because the complete-data Hessian of an item depends on the
    /// data only through the response, its posterior expectation is the block-diagonal
    /// Σ_q Σ_x c̄_ixq·(−H_ix(θ_q)) in the E-step's counts. With the quadrature fixed this is the
    /// exact negative Hessian of the quadrature marginal likelihood (the reference fixtures
    /// check it against finite differences). The priors add their own gradient and curvature.
    func information(at parameters: ItemParameterSet) -> ObservedInformation {
        let q = nodeCount
        let k = layout.parameterCount
        let table = logProbabilityTable(parameters)
        // scoreTable[((2·i + x)·3 + kind)·Q + q] = ∂ℓ_i(x | θ_q)/∂η_kind.
        var scoreValues = [Double](repeating: 0, count: itemCount * 6 * q)
        for item in 0..<itemCount {
            for node in 0..<q {
                let derivatives = ResponseDerivatives(
                    slope: parameters.slope[item], intercept: parameters.intercept[item],
                    guessing: parameters.guessing[item], theta: nodes[node])
                for kind in 0..<3 {
                    scoreValues[((2 * item) * 3 + kind) * q + node] = derivatives.score0[kind]
                    scoreValues[((2 * item + 1) * 3 + kind) * q + node] = derivatives.score1[kind]
                }
            }
        }
        let scoreTable = scoreValues
        let parts = RowPartition(scores).map { rows in
            scoreCovariance(rows: rows, table: table, scoreTable: scoreTable)
        }
        var result = parts[0]
        for part in parts.dropFirst() {
            for index in 0..<k { result.gradient[index] += part.gradient[index] }
            for index in 0..<(k * k) { result.information[index] += part.information[index] }
            for index in result.counts.indices { result.counts[index] += part.counts[index] }
            result.logLikelihood += part.logLikelihood
        }
        var information = result.information
        var gradient = result.gradient
        addCompleteDataInformation(parameters, counts: result.counts, gradient: &gradient, information: &information)
        for row in 0..<k {
            for column in (row + 1)..<k { information[column * k + row] = information[row * k + column] }
        }
        return ObservedInformation(gradient: gradient, information: information, logLikelihood: result.logLikelihood)
    }

    /// Per-part sums: Σ_r f_r·s̄_r, −Σ_r f_r·Cov_r(s) (upper triangle), the E-step counts and log L.
    private struct ScoreMoments: Sendable {
        var gradient: [Double]
        var information: [Double]
        var counts: [Double]
        var logLikelihood: Double
    }

    private func scoreCovariance(rows: Range<Int>, table: [Double], scoreTable: [Double]) -> ScoreMoments {
        let q = nodeCount
        let k = layout.parameterCount
        let kinds = layout.kinds
        var gradient = [Double](repeating: 0, count: k)
        var informationMatrix = [Double](repeating: 0, count: k * k)
        var counts = [Double](repeating: 0, count: 2 * itemCount * q)
        var logLikelihood = 0.0
        var longestRow = 0
        for row in rows { longestRow = max(longestRow, scores.rowStart[row + 1] - scores.rowStart[row]) }
        let columnLimit = layout.sharesSlope ? longestRow + 1 : longestRow * kinds.count
        // Row r's centred, √w-scaled scores: column l holds √w_q·(s_l(θ_q) − s̄_l) over the nodes.
        var centred = [Double](repeating: 0, count: max(columnLimit, 1) * q)
        var position = [Int](repeating: 0, count: max(columnLimit, 1))
        var weights = [Double](repeating: 0, count: q)
        var roots = [Double](repeating: 0, count: q)
        table.withUnsafeBufferPointer { table in
            scoreTable.withUnsafeBufferPointer { scoreTable in
                centred.withUnsafeMutableBufferPointer { centred in
                    weights.withUnsafeMutableBufferPointer { weights in
                        informationMatrix.withUnsafeMutableBufferPointer { information in
                            for row in rows {
                                let frequency = scores.frequencies[row]
                                let cells = scores.rowStart[row]..<scores.rowStart[row + 1]
                                guard frequency > 0, !cells.isEmpty else { continue }
                                logLikelihood += frequency * posterior(row: row, table: table, into: weights)
                                for node in 0..<q { roots[node] = weights[node].squareRoot() }
                                // Columns of this row's score matrix, in increasing order of φ index.
                                var columns = 0
                                if layout.sharesSlope {
                                    for node in 0..<q { centred[node] = 0 }
                                    position[0] = 0
                                    columns = 1
                                }
                                for cell in cells {
                                    let item = Int(scores.itemIndices[cell])
                                    let response = Int(scores.scores[cell])
                                    let countBase = (2 * item + response) * q
                                    for node in 0..<q { counts[countBase + node] += frequency * weights[node] }
                                    for kind in kinds {
                                        let source = ((2 * item + response) * 3 + kind) * q
                                        if layout.sharesSlope && kind == 0 {
                                            for node in 0..<q { centred[node] += scoreTable[source + node] }
                                            continue
                                        }
                                        let target = columns * q
                                        for node in 0..<q { centred[target + node] = scoreTable[source + node] }
                                        position[columns] = layout.index(item: item, kind: kind) ?? 0
                                        columns += 1
                                    }
                                }
                                for column in 0..<columns {
                                    let base = column * q
                                    var mean = 0.0
                                    for node in 0..<q { mean += weights[node] * centred[base + node] }
                                    gradient[position[column]] += frequency * mean
                                    for node in 0..<q { centred[base + node] = roots[node] * (centred[base + node] - mean) }
                                }
                                for column in 0..<columns {
                                    let base = column * q
                                    let rowBase = position[column] * k
                                    for other in column..<columns {
                                        let otherBase = other * q
                                        var product = 0.0
                                        for node in 0..<q { product += centred[base + node] * centred[otherBase + node] }
                                        information[rowBase + position[other]] -= frequency * product
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return ScoreMoments(
            gradient: gradient, information: informationMatrix, counts: counts, logLikelihood: logLikelihood)
    }

    /// Adds Σ_q Σ_x c̄_ixq·(−H_ix(θ_q)) and each item's prior terms at the item's φ positions
    /// (upper triangle); items sharing a parameter add into the same entry.
    private func addCompleteDataInformation(
        _ parameters: ItemParameterSet, counts: [Double], gradient: inout [Double], information: inout [Double]
    ) {
        let q = nodeCount
        let k = layout.parameterCount
        for item in 0..<itemCount {
            let prior = priorDerivatives(slope: parameters.slope[item], guessing: parameters.guessing[item])
            var block = prior.negativeHessian
            for node in 0..<q {
                let derivatives = ResponseDerivatives(
                    slope: parameters.slope[item], intercept: parameters.intercept[item],
                    guessing: parameters.guessing[item], theta: nodes[node])
                block =
                    block + counts[2 * item * q + node] * derivatives.negativeHessian0
                    + counts[(2 * item + 1) * q + node] * derivatives.negativeHessian1
            }
            for (first, kind) in layout.kinds.enumerated() {
                guard let row = layout.index(item: item, kind: kind) else { continue }
                gradient[row] += prior.gradient[kind]
                for other in layout.kinds[first...] {
                    guard let column = layout.index(item: item, kind: other) else { continue }
                    information[min(row, column) * k + max(row, column)] += block.entry(kind, other)
                }
            }
        }
    }
}
