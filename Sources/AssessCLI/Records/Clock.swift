import Foundation
import Records

/// The time commands record: now, or `ASSESS_NOW` (an ISO 8601 UTC time) when set, so that
/// end-to-end tests and reproducible runs get fixed times.
enum Clock {
    static func now() -> Timestamp {
        if let text = ProcessInfo.processInfo.environment["ASSESS_NOW"], let fixed = Timestamp(text) { return fixed }
        return Timestamp(Date())
    }
}
