extension Double {
    /// The number as people write it in a spec or a message: `20` rather than `20.0`, `12.5`
    /// and `0.3` as they are (the shortest form that reads back as the same value).
    var plainText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
