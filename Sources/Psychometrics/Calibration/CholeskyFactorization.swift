/// The Cholesky factor L (L·Lᵀ = A) of a dense symmetric positive-definite matrix, for the
/// Newton–Raphson steps and the inverse observed information (Golub & Van Loan 2013, alg. 4.2.1).
struct CholeskyFactorization: Sendable {
    let dimension: Int
    /// Row-major lower triangle.
    private(set) var lower: [Double]

    /// Factors a row-major symmetric matrix (only its lower triangle is read); nil when it is not
    /// numerically positive definite.
    init?(_ matrix: [Double], dimension n: Int) {
        precondition(matrix.count == n * n, "matrix must be \(n) × \(n)")
        dimension = n
        lower = matrix
        let ok = lower.withUnsafeMutableBufferPointer { l -> Bool in
            for j in 0..<n {
                var diagonal = l[j * n + j]
                for k in 0..<j { diagonal -= l[j * n + k] * l[j * n + k] }
                guard diagonal > 0, diagonal.isFinite else { return false }
                let pivot = diagonal.squareRoot()
                l[j * n + j] = pivot
                for i in (j + 1)..<n {
                    var value = l[i * n + j]
                    for k in 0..<j { value -= l[i * n + k] * l[j * n + k] }
                    l[i * n + j] = value / pivot
                }
                for k in (j + 1)..<n { l[j * n + k] = 0 }
            }
            return true
        }
        guard ok else { return nil }
    }

    /// Solves A·x = b.
    func solve(_ b: [Double]) -> [Double] {
        let n = dimension
        precondition(b.count == n, "right-hand side must have \(n) entries")
        var x = b
        for i in 0..<n {
            var value = x[i]
            for k in 0..<i { value -= lower[i * n + k] * x[k] }
            x[i] = value / lower[i * n + i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            var value = x[i]
            for k in (i + 1)..<n { value -= lower[k * n + i] * x[k] }
            x[i] = value / lower[i * n + i]
        }
        return x
    }

    /// A⁻¹, row-major: the columns of L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ·L⁻¹.
    func inverse() -> [Double] {
        let n = dimension
        // inverseLower = L⁻¹ (lower triangular).
        var inverseLower = [Double](repeating: 0, count: n * n)
        for j in 0..<n {
            inverseLower[j * n + j] = 1 / lower[j * n + j]
            for i in (j + 1)..<n {
                var value = 0.0
                for k in j..<i { value -= lower[i * n + k] * inverseLower[k * n + j] }
                inverseLower[i * n + j] = value / lower[i * n + i]
            }
        }
        var result = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in i..<n {
                var value = 0.0
                for k in j..<n { value += inverseLower[k * n + i] * inverseLower[k * n + j] }
                result[i * n + j] = value
                result[j * n + i] = value
            }
        }
        return result
    }
}
