extension Double {
    /// The number as QTI files write it (`1`, `-0.5`, `0.3333333333333333`): integers without a
    /// fraction, others in the shortest form that reads back as the same `Double`.
    var qtiText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
