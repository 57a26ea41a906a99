/// Item and test information of a ``DichotomousPool``, without allocation.
extension DichotomousPool {
    /// Writes the Fisher information of every item at θ into `information`, which must hold
    /// `count` elements: I_i(θ) = P_i′² / (P_i·Q_i) (Lord 1980, eq. 5-9).
    ///
    /// For a 2PL item this is (D·a)²·P·Q; for a 3PL item (D·a)²·(Q/P)·((P − c)/(1 − c))²
    /// (Lord 1980, eq. 10-6). The buffer is overwritten in place, so a caller that keeps it
    /// between calls (e.g. a maximum-information item selector) allocates nothing.
    public func information(at theta: Double, into information: inout [Double]) {
        precondition(
            information.count == count,
            "information buffer holds \(information.count) values, the pool has \(count) items")
        information.withUnsafeMutableBufferPointer { buffer in
            for index in 0..<count { buffer[index] = terms(index, at: theta).information }
        }
    }

    /// Fisher information of one item at θ.
    public func information(ofItem index: Int, at theta: Double) -> Double {
        terms(index, at: theta).information
    }

    /// Test information Σ_{i ∈ indices} I_i(θ) over a subset of the pool (Lord 1980, ch. 5:
    /// information is additive over items answered independently given θ).
    public func testInformation(at theta: Double, over indices: [Int]) -> Double {
        var sum = 0.0
        for index in indices { sum += terms(index, at: theta).information }
        return sum
    }

    /// Test information Σ_i I_i(θ) over every item of the pool.
    public func testInformation(at theta: Double) -> Double {
        var sum = 0.0
        for index in 0..<count { sum += terms(index, at: theta).information }
        return sum
    }
}
