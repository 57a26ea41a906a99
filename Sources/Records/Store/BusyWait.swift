import Dispatch
import Foundation
import Synchronization

/// How a connection waits for another process's write: short polls until the busy timeout.
///
/// SQLite's built-in busy timeout sleeps in growing steps (1, 2, 5, 10 … up to 100 ms), so
/// under contention a writer often sleeps long after the lock it waits for was released —
/// a commit holds it for well under a millisecond. With sixteen writers that cut throughput
/// several-fold and gave candidates 100 ms stalls. Polling every half millisecond, then every
/// two, keeps the queue moving at a small CPU cost while waiting.
final class BusyWait: Sendable {
    let timeout: Double
    private let start = Mutex<UInt64>(0)

    init(timeout: Double) { self.timeout = timeout }

    /// SQLite's busy handler: true to try again, false to give up with SQLITE_BUSY.
    func shouldRetry(afterTries tries: Int) -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        if tries == 0 { start.withLock { $0 = now } }
        let elapsed = Double(now - start.withLock { $0 }) / 1e9
        guard elapsed < timeout else { return false }
        usleep(tries < 20 ? 500 : 2000)
        return true
    }
}
