import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a short helper command (tmux, pgrep) with `posix_spawn` and `waitpid`, not Foundation's
/// `Process`: a command that starts a daemon (the tmux server) passes on every descriptor it
/// inherited, and `Process` on Linux waits for one of its own to close before it reaps the
/// child — so it would wait for the daemon. Here the child gets /dev/null for input and
/// errors, a pipe or /dev/null for output, and nothing else (`closefrom(3)`), and the wait has a
/// deadline, after which the child is killed.
enum Spawn {
    struct Result {
        var status: Int32?
        var output: String
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34+), which the Swift module does
    /// not import.
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let addCloseFrom: AddCloseFrom? = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: AddCloseFrom.self) }

    static func run(_ path: String, _ arguments: [String], environment: [String: String], capture: Bool, seconds: Double = 15) throws -> Result {
        var fds: [Int32] = [-1, -1]
        if capture { guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        guard let closeFrom = Self.addCloseFrom else { throw POSIXError(.ENOSYS) }
        _ = closeFrom(&actions, 3)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        if capture { close(fds[1]) }
        guard spawned == 0 else {
            if capture { close(fds[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
        }
        var output = Data()
        if capture {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(fds[0], &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                output.append(contentsOf: buffer[0..<count])
            }
            close(fds[0])
        }
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { return Result(status: (status >> 8) & 0xff, output: String(decoding: output, as: UTF8.self)) }
            if waited < 0 { return Result(status: nil, output: String(decoding: output, as: UTF8.self)) }  // reaped elsewhere
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return Result(status: nil, output: String(decoding: output, as: UTF8.self))
            }
            usleep(2_000)
        }
    }
}
