#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signal that interrupted the sitting (SIGINT, SIGTERM or SIGHUP), or 0.
///
/// A global because a signal handler may only store to a `sig_atomic_t`.
nonisolated(unsafe) private var receivedSignal: sig_atomic_t = 0
/// The self-pipe: the handler writes a byte to `wakeWriter`, which wakes a `poll` on
/// `wakeReader` even when the signal arrived just before the poll began.
nonisolated(unsafe) private var wakeReader: Int32 = -1
nonisolated(unsafe) private var wakeWriter: Int32 = -1

/// Ctrl-C, `kill` (SIGTERM) and a hang-up (SIGHUP, a closed SSH session) pause the sitting
/// instead of killing the process mid-item.
///
/// The handler only records the signal and writes a byte to a self-pipe. The console waits for
/// input with ``readByte(from:)``, which polls standard input and that pipe together, so a
/// signal is seen whether it arrives during the wait or just before it; the console then reports
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
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            (wakeReader, wakeWriter) = (ends[0], ends[1])
        }
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

    /// One byte from `descriptor`: waits for input or a handled signal, whichever comes first.
    public enum ByteRead: Equatable {
        case byte(UInt8)
        case endOfInput
        case interrupted
    }

    /// Reads one byte from `descriptor`, or reports a pending signal instead (checked before
    /// waiting and on every wake-up, so none is missed).
    static func readByte(from descriptor: Int32) -> ByteRead {
        while true {
            if isPending { return .interrupted }
            var waits = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeReader, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&waits, wakeReader >= 0 ? 2 : 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if isPending { return .interrupted }
            guard waits[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = SystemCalls.read(descriptor, &byte, 1)
            if count == 1 { return .byte(byte) }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            return .endOfInput
        }
    }

    private static let record: @convention(c) (Int32) -> Void = { number in
        let savedErrno = errno
        receivedSignal = sig_atomic_t(number)
        if wakeWriter >= 0 {
            var byte: UInt8 = 1
            _ = write(wakeWriter, &byte, 1)
        }
        RawMode.restoreFromSignalHandler()
        signal(number, SIG_DFL)
        errno = savedErrno
    }
}
