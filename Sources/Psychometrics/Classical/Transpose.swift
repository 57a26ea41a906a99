/// Turns a row-major (candidate after candidate) matrix into the item-major layout the
/// classical analysis reads, in one pass and one allocation.
enum Transpose {
    static func rowMajorToItemMajor<Element>(_ rowMajor: [Element], rows: Int, columns: Int) -> [Element] {
        guard rows > 0, columns > 0 else { return rowMajor }
        return [Element](unsafeUninitializedCapacity: rowMajor.count) { buffer, initialized in
            rowMajor.withUnsafeBufferPointer { source in
                for row in 0..<rows {
                    let rowBase = row * columns
                    for column in 0..<columns {
                        (buffer.baseAddress! + column * rows + row).initialize(to: source[rowBase + column])
                    }
                }
            }
            initialized = rowMajor.count
        }
    }
}
