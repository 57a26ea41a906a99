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

    /// Accumulates, over `rows`, log L, the E-step counts, Σ_r f_r·s̄_r and −Σ_r f_r·Cov_r(s).
    ///
    /// Row r's score matrix has one column per parameter its cells touch (in increasing φ
    /// order) and one row per node of its posterior support; stored node-major and centred,
    /// C[t][l] = √w_t·(s_l(θ_t) − s̄_l), so Cov_r(s) = CᵀC is built one φ-row at a time with
    /// vectorised row updates.
    private func scoreCovariance(rows: Range<Int>, table: [Double], scoreTable: [Double]) -> ScoreMoments {
        let q = nodeCount
        let k = layout.parameterCount
        let kinds = layout.kinds
        var gradient = [Double](repeating: 0, count: k)
        var informationMatrix = [Double](repeating: 0, count: k * k)
        var counts = [Double](repeating: 0, count: 2 * itemCount * q)
        var logLikelihood = 0.0
        let longest = max(longestRow(in: rows), 1)
        let columnLimit = layout.sharesSlope ? longest + 1 : longest * kinds.count
        var centred = [Double](repeating: 0, count: columnLimit * q)
        var position = [Int](repeating: 0, count: columnLimit)
        var source = [Int](repeating: 0, count: columnLimit)
        var accumulator = [Double](repeating: 0, count: columnLimit)
        var weights = [Double](repeating: 0, count: q)
        var offsets = [Int](repeating: 0, count: longest)
        table.withUnsafeBufferPointer { table in
            scoreTable.withUnsafeBufferPointer { scoreTable in
                centred.withUnsafeMutableBufferPointer { centred in
                    accumulator.withUnsafeMutableBufferPointer { accumulator in
                        weights.withUnsafeMutableBufferPointer { weights in
                            offsets.withUnsafeMutableBufferPointer { offsets in
                                informationMatrix.withUnsafeMutableBufferPointer { information in
                                    counts.withUnsafeMutableBufferPointer { counts in
                                        for row in rows {
                                            let frequency = scores.frequencies[row]
                                            let first = scores.rowStart[row]
                                            guard frequency > 0, first < scores.rowStart[row + 1] else { continue }
                                            let posterior = posterior(row: row, table: table, offsets: offsets, into: weights)
                                            logLikelihood += frequency * posterior.logMarginal
                                            let support = posterior.support
                                            let width = support.count
                                            // The columns: φ position and score-table row of each (cell, kind);
                                            // a shared slope sums its items' slope scores into column 0.
                                            var columns = 0
                                            if layout.sharesSlope {
                                                position[0] = 0
                                                source[0] = -1
                                                columns = 1
                                            }
                                            for cell in 0..<posterior.cellCount {
                                                let item = Int(scores.itemIndices[first + cell])
                                                let countOffset = offsets[cell] + support.lowerBound
                                                for node in 0..<width {
                                                    counts[countOffset + node] += frequency * weights[support.lowerBound + node]
                                                }
                                                for kind in kinds where !(layout.sharesSlope && kind == 0) {
                                                    position[columns] = layout.index(item: item, kind: kind) ?? 0
                                                    source[columns] = (offsets[cell] / q * 3 + kind) * q
                                                    columns += 1
                                                }
                                            }
                                            for column in 0..<columns {
                                                var mean = 0.0
                                                for node in 0..<width {
                                                    let theta = support.lowerBound + node
                                                    let value: Double
                                                    if source[column] < 0 {
                                                        var sum = 0.0
                                                        for cell in 0..<posterior.cellCount {
                                                            sum += scoreTable[(offsets[cell] / q * 3) * q + theta]
                                                        }
                                                        value = sum
                                                    } else {
                                                        value = scoreTable[source[column] + theta]
                                                    }
                                                    centred[node * columns + column] = value
                                                    mean += weights[theta] * value
                                                }
                                                gradient[position[column]] += frequency * mean
                                                for node in 0..<width {
                                                    let root = weights[support.lowerBound + node].squareRoot()
                                                    centred[node * columns + column] = root * (centred[node * columns + column] - mean)
                                                }
                                            }
                                            // −f·CᵀC, one φ-row at a time (upper triangle).
                                            for column in 0..<columns {
                                                let span = columns - column
                                                for t in 0..<span { accumulator[t] = 0 }
                                                for node in 0..<width {
                                                    let rowStart = centred.baseAddress! + node * columns
                                                    VectorKernels.addScaled(
                                                        rowStart + column, scale: rowStart[column],
                                                        into: accumulator.baseAddress!, count: span)
                                                }
                                                let rowBase = position[column] * k
                                                for t in 0..<span {
                                                    information[rowBase + position[column + t]] -= frequency * accumulator[t]
                                                }
                                            }
                                        }
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
