/// Elapsed time for a session, injected so that tests never sleep.
public protocol SessionClock {
    /// Milliseconds since an arbitrary fixed origin; only differences are used.
    func nowMilliseconds() -> Int64
}

/// The system's monotonic clock.
public struct SystemSessionClock: SessionClock {
    public init() {}
    public func nowMilliseconds() -> Int64 {
        let elapsed = Self.origin.duration(to: .now).components
        return elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
    }
    private static let origin = ContinuousClock.now
}
