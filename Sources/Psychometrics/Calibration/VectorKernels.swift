/// The inner loops of the E-step and of the observed information, written with explicit
/// `SIMD4<Double>` loads and stores.
///
/// The compiler does not vectorise these loops on its own: it cannot prove that the buffers do
/// not alias, so it re-stores every partial sum. Chunks of four are summed in a fixed order, so
/// results are deterministic (they differ from a scalar loop only in the last bits).
enum VectorKernels {
    /// y[t] += scale·x[t] for t in 0..<count.
    @inline(__always)
    static func addScaled(_ x: UnsafePointer<Double>, scale: Double, into y: UnsafeMutablePointer<Double>, count: Int) {
        let raw = UnsafeRawPointer(x)
        let target = UnsafeMutableRawPointer(y)
        let factor = SIMD4<Double>(repeating: scale)
        var t = 0
        while t + 4 <= count {
            let offset = t * MemoryLayout<Double>.stride
            let sum =
                target.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                + factor * raw.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
            target.storeBytes(of: sum, toByteOffset: offset, as: SIMD4<Double>.self)
            t += 4
        }
        while t < count {
            y[t] += scale * x[t]
            t += 1
        }
    }

    /// y[t] = Σ_r table[rows[r] + t] for t in 0..<count, added to y's current values: the sum of
    /// `rowCount` rows of the table starting at the given offsets.
    @inline(__always)
    static func addRows(
        of table: UnsafePointer<Double>, offsets: UnsafePointer<Int>, rowCount: Int,
        into y: UnsafeMutablePointer<Double>, count: Int
    ) {
        let raw = UnsafeRawPointer(table)
        let target = UnsafeMutableRawPointer(y)
        let stride = MemoryLayout<Double>.stride
        var t = 0
        while t + 4 <= count {
            // Wrapping arithmetic: offsets index an existing table, so they cannot overflow, and
            // the overflow checks would otherwise dominate this loop.
            let chunk = raw + t &* stride
            var sum = target.loadUnaligned(fromByteOffset: t &* stride, as: SIMD4<Double>.self)
            for r in 0..<rowCount {
                sum += chunk.loadUnaligned(fromByteOffset: offsets[r] &* stride, as: SIMD4<Double>.self)
            }
            target.storeBytes(of: sum, toByteOffset: t &* stride, as: SIMD4<Double>.self)
            t += 4
        }
        while t < count {
            var sum = y[t]
            for r in 0..<rowCount { sum += table[offsets[r] &+ t] }
            y[t] = sum
            t += 1
        }
    }
}
