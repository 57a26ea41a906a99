#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signal that interrupted the sitting (SIGINT, SIGTERM or SIGHUP), or 0.
///
/// A global because a signal handler may only store to a `sig_atomic_t`.
nonisolated(unsafe) private var receivedSignal: sig_atomic_t = 0

/// Ctrl-C, `kill` (SIGTERM) and a hang-up (SIGHUP, a closed SSH session) pause the sitting
/// instead of killing the process mid-item.
///
/// The handler only records the signal. It is installed without `SA_RESTART`, so a `read`
/// waiting for the candidate's next line returns `EINTR`; the console then reports
/// ``LineEvent/interrupted``, the session records the pause with the time used, and the
/// command ends by the same signal (``resendIfReceived()``), so the parent sees how the
/// process ended. A signal that arrives while an answer is being committed is seen at the next
/// read: the commit finishes first. A second signal of the same kind ends the process at once
/// (the handler restores the default action and the terminal's settings) — every answered item is already committed, and
/// the attempt resumes from the record of its responses.
///
/// SIGPIPE is ignored, so that writing to a closed pipe or terminal fails as an error (and the
/// sitting still pauses) rather than ending the process.
public enum InterruptSignals {
    public static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers; call once, before the sitting starts.
    public static func install() {
        for number in handled {
            var action = sigaction()
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = record
            #else
                action.__sigaction_u.__sa_handler = record
            #endif
            sigaction(number, &action, nil)
        }
        // A parent may have blocked them (the mask survives exec): unblock, or they never arrive.
        var mask = sigset_t()
        sigemptyset(&mask)
        for number in handled { sigaddset(&mask, number) }
        sigprocmask(SIG_UNBLOCK, &mask, nil)
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether one of the handled signals has arrived.
    public static var isPending: Bool { receivedSignal != 0 }

    /// Ends the process by the signal that interrupted it, if one did (after the pause was
    /// recorded and shown); otherwise returns.
    public static func resendIfReceived() {
        let number = Int32(receivedSignal)
        guard number != 0 else { return }
        signal(number, SIG_DFL)
        raise(number)
    }

    private static let record: @convention(c) (Int32) -> Void = { number in
        receivedSignal = sig_atomic_t(number)
        RawMode.restoreFromSignalHandler()
        signal(number, SIG_DFL)
    }
}
