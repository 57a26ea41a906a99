@testable import Delivery

/// A clock a test moves by hand, so session tests never sleep.
final class ManualClock: SessionClock, @unchecked Sendable {
    var milliseconds: Int64 = 0
    func nowMilliseconds() -> Int64 { milliseconds }
    func advance(seconds: Int) { milliseconds += Int64(seconds) * 1000 }
}
