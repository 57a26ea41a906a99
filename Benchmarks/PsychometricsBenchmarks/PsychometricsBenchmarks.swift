import Benchmark
import Foundation
import Psychometrics

/// A deterministic generator (SplitMix64, Steele et al. 2014) so every run measures the same data.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A 3PL pool of `count` items with a in [0.5, 2], b in [−2.5, 2.5], c in [0.1, 0.25].
func syntheticPool(count: Int, seed: UInt64) -> DichotomousPool {
    var random = SplitMix64(state: seed)
    var a: [Double] = [], b: [Double] = [], c: [Double] = []
    for _ in 0..<count {
        a.append(Double.random(in: 0.5...2, using: &random))
        b.append(Double.random(in: -2.5...2.5, using: &random))
        c.append(Double.random(in: 0.1...0.25, using: &random))
    }
    return DichotomousPool(a: a, b: b, c: c)
}

/// Dichotomous responses of `candidates` simulated from a 2PL model, item-major 0/1 cells.
func simulatedScores(candidates: Int, items: Int, seed: UInt64) -> [UInt8] {
    var random = SplitMix64(state: seed)
    let a = (0..<items).map { _ in Double.random(in: 0.6...2, using: &random) }
    let b = (0..<items).map { _ in Double.random(in: -2...2, using: &random) }
    let theta = (0..<candidates).map { _ in
        // Box–Muller from two uniforms.
        let u = Double.random(in: Double.ulpOfOne...1, using: &random), v = Double.random(in: 0...1, using: &random)
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
    var cells = [UInt8](repeating: 0, count: candidates * items)
    for item in 0..<items {
        for candidate in 0..<candidates {
            let p = 1 / (1 + exp(-a[item] * (theta[candidate] - b[item])))
            cells[item * candidates + candidate] = Double.random(in: 0...1, using: &random) < p ? 1 : 0
        }
    }
    return cells
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], maxDuration: .seconds(3))

    let pool = syntheticPool(count: 10_000, seed: 2026)
    let administered = Array(stride(from: 7, to: 10_000, by: 333))  // 31 items
    let responses = administered.indices.map { $0 % 3 != 0 }
    Benchmark("baseline: an empty loop (the harness's own allocations)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(1) }
    }

    Benchmark("θ update (EAP, 33 points, 31 answered) + information of all 10,000 items") { benchmark in
        var buffer = [Double](repeating: 0, count: pool.count)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let estimate = try pool.thetaUpdate(administered: administered, responses: responses, using: .expectedAPosteriori())
            pool.information(at: estimate.theta, into: &buffer)
            blackHole(buffer[0])
        }
    }

    Benchmark("θ update (MLE, 31 answered, 3PL) + information of all 10,000 items") { benchmark in
        var buffer = [Double](repeating: 0, count: pool.count)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let estimate = try pool.thetaUpdate(administered: administered, responses: responses, using: .maximumLikelihood())
            pool.information(at: estimate.theta, into: &buffer)
            blackHole(buffer[0])
        }
    }

    let scores = try? ScoreMatrix(
        candidateCount: 10_000, itemCount: 100, itemMajor: simulatedScores(candidates: 10_000, items: 100, seed: 7))
    Benchmark("Classical item analysis, 10,000 candidates × 100 items", configuration: .init(maxDuration: .seconds(5))) { benchmark in
        for _ in benchmark.scaledIterations {
            if let scores { blackHole(try ClassicalAnalysis(scores: scores)) }
        }
    }
}
