/// Summarising simulated examinees, always in index order so that the floating-point sums do
/// not depend on how the examinees were split across threads.
extension SimulationReport {
    init(examinees: [SimulatedExaminee], plan: AdaptivePlan, thetaBands: [Double]) {
        self.examinees = examinees
        let n = Double(examinees.count)
        let overall = Recovery(examinees)
        bias = overall.bias
        rmse = overall.rmse
        meanStandardError = overall.meanStandardError

        let edges = thetaBands.sorted()
        let lowers = [-Double.infinity] + edges
        let uppers = edges + [Double.infinity]
        bands = zip(lowers, uppers).map { lower, upper in
            let members = examinees.filter { $0.trueTheta >= lower && $0.trueTheta < upper }
            let recovery = Recovery(members)
            return ThetaBand(
                lower: lower, upper: upper, count: members.count, bias: recovery.bias, rmse: recovery.rmse,
                meanStandardError: recovery.meanStandardError)
        }

        let lengths = examinees.map(\.length)
        let meanLength = Double(lengths.reduce(0, +)) / n
        let squares = lengths.reduce(0.0) { $0 + (Double($1) - meanLength) * (Double($1) - meanLength) }
        length = LengthSummary(
            mean: meanLength, standardDeviation: examinees.count > 1 ? (squares / (n - 1)).squareRoot() : 0,
            minimum: lengths.min() ?? 0, maximum: lengths.max() ?? 0)

        var reasonCounts: [StopReason: Int] = [:]
        for examinee in examinees { reasonCounts[examinee.stopReason, default: 0] += 1 }
        stopReasons = reasonCounts.map { StopReasonCount(reason: $0.key, count: $0.value) }
            .sorted { $0.count > $1.count || ($0.count == $1.count && $0.reason.rawValue < $1.reason.rawValue) }

        classification = plan.design.stopping.cut.map { cut in
            var correct = 0
            var falsePasses = 0
            var falseFails = 0
            var undecided = 0
            for examinee in examinees {
                let truePass = examinee.trueTheta >= cut
                switch examinee.decision {
                case .pass: if truePass { correct += 1 } else { falsePasses += 1 }
                case .fail: if truePass { falseFails += 1 } else { correct += 1 }
                case .incomplete, nil: undecided += 1
                }
            }
            return ClassificationSummary(
                cut: cut, correct: correct, falsePasses: falsePasses, falseFails: falseFails, undecided: undecided,
                accuracy: Double(correct) / n, falsePassRate: Double(falsePasses) / n,
                falseFailRate: Double(falseFails) / n)
        }

        exposure = ExposureSummary(examinees: examinees, plan: plan, meanLength: meanLength)
        blueprintMet = examinees.filter(\.meetsBlueprint).count
        blueprintMetShare = Double(blueprintMet) / n
    }

    /// Bias, RMSE and mean SE of a group of examinees (0 for an empty group).
    struct Recovery {
        var bias = 0.0
        var rmse = 0.0
        var meanStandardError = 0.0

        init(_ examinees: [SimulatedExaminee]) {
            guard !examinees.isEmpty else { return }
            var error = 0.0
            var squared = 0.0
            var se = 0.0
            var finite = 0
            for examinee in examinees {
                let difference = examinee.theta - examinee.trueTheta
                error += difference
                squared += difference * difference
                if examinee.standardError.isFinite {
                    se += examinee.standardError
                    finite += 1
                }
            }
            let n = Double(examinees.count)
            bias = error / n
            rmse = (squared / n).squareRoot()
            meanStandardError = finite > 0 ? se / Double(finite) : .infinity
        }
    }
}

extension SimulationReport.ExposureSummary {
    init(examinees: [SimulatedExaminee], plan: AdaptivePlan, meanLength: Double) {
        let poolCount = plan.pool.count
        var given = [Int](repeating: 0, count: poolCount)
        var selected = [Int](repeating: 0, count: poolCount)
        for examinee in examinees {
            for item in examinee.items {
                given[item] += 1
                selected[item] += 1
            }
            for item in examinee.pretestItems { given[item] += 1 }
            for item in examinee.rejectedItems { selected[item] += 1 }
        }
        let n = Double(examinees.count)
        let rates = given.map { Double($0) / n }
        self.rates = rates
        selectionRates = selected.map { Double($0) / n }
        let operational = (0..<poolCount).filter { plan.unitOfItem[$0] >= 0 }
        operationalItems = operational.count
        maximum = operational.map { rates[$0] }.max() ?? 0
        mean = operational.isEmpty ? 0 : operational.reduce(0.0) { $0 + rates[$1] } / Double(operational.count)
        neverUsed = operational.filter { given[$0] == 0 }.count
        // Σ m(m − 1) over items = ordered pairs of examinees sharing an item, summed over items.
        let sharedPairs = operational.reduce(0.0) { $0 + Double(given[$1]) * Double(given[$1] - 1) }
        overlapRate = examinees.count > 1 && meanLength > 0 ? sharedPairs / (n * (n - 1) * meanLength) : 0
    }
}
