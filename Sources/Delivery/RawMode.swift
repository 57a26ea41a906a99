#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal's saved settings while the line editor has it in raw mode.
///
/// A global is needed because a signal handler must restore the terminal before the process
/// ends; `tcsetattr` is async-signal-safe.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var rawModeActive: sig_atomic_t = 0

struct RawMode {
    /// Puts standard input in raw mode (no echo, no line buffering, Ctrl-C as a byte), or nil if
    /// it is not a terminal.
    static func enter() -> RawMode? {
        guard tcgetattr(STDIN_FILENO, &savedSettings) == 0 else { return nil }
        var raw = savedSettings
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        // TCSAFLUSH: keys typed while no item was on screen (the last answer being committed,
        // the next item being drawn) are discarded, so no item is answered before it is seen.
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0 else { return nil }
        rawModeActive = 1
        return RawMode()
    }

    /// TCSADRAIN: keys typed after Enter stay queued until the next `enter` decides.
    func leave() {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &savedSettings)
        rawModeActive = 0
    }

    /// Restores the terminal if raw mode is on; async-signal-safe (`tcsetattr` only), for the
    /// signal handler, so that a process ended by a second signal leaves a usable terminal.
    static func restoreFromSignalHandler() {
        if rawModeActive == 1 { tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings) }
    }
}
