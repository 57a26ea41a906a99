import Foundation

/// Eigenvalues of a real symmetric tridiagonal matrix by the QL algorithm with implicit shifts.
///
/// The EISPACK routine `tql1` (Bowdler, Martin, Reinsch & Wilkinson 1968, Numer. Math. 11,
/// 293–306), in the form of Press et al. (2007, Numerical Recipes, 3rd ed., §11.4, `tqli`)
/// without eigenvectors. Used for the Golub–Welsch Gauss–Hermite nodes.
enum SymmetricTridiagonal {
    /// Replaces `diagonal` by the eigenvalues (unsorted). `subdiagonal[i]` couples rows i − 1 and
    /// i (`subdiagonal[0]` is ignored); it is destroyed.
    static func eigenvalues(diagonal d: inout [Double], subdiagonal e: inout [Double]) {
        let n = d.count
        precondition(e.count == n, "subdiagonal must have as many entries as the diagonal")
        guard n > 1 else { return }
        for i in 1..<n { e[i - 1] = e[i] }
        e[n - 1] = 0
        for l in 0..<n {
            var iterations = 0
            while true {
                // Find a small subdiagonal element that splits the matrix.
                var m = l
                while m < n - 1 {
                    let scale = abs(d[m]) + abs(d[m + 1])
                    if abs(e[m]) <= Double.ulpOfOne * scale { break }
                    m += 1
                }
                if m == l { break }
                iterations += 1
                precondition(iterations <= 60, "tridiagonal QL did not converge")
                var g = (d[l + 1] - d[l]) / (2 * e[l])
                var r = (g * g + 1).squareRoot()
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r))
                var s = 1.0
                var c = 1.0
                var p = 0.0
                var i = m - 1
                var deflated = false
                while i >= l {
                    let f = s * e[i]
                    let b = c * e[i]
                    r = (f * f + g * g).squareRoot()
                    e[i + 1] = r
                    if r == 0 {
                        // Underflow: recover and restart the sweep.
                        d[i + 1] -= p
                        e[m] = 0
                        deflated = true
                        break
                    }
                    s = f / r
                    c = g / r
                    g = d[i + 1] - p
                    r = (d[i] - g) * s + 2 * c * b
                    p = s * r
                    d[i + 1] = g + p
                    g = c * r - b
                    i -= 1
                }
                if deflated { continue }
                d[l] -= p
                e[l] = g
                e[m] = 0
            }
        }
    }
}
