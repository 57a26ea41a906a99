#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A minimal line editor for raw-mode terminals: insert, backspace, left/right, Home/End
/// (Ctrl-A/E), kill line (Ctrl-U), history (up/down), Enter, Ctrl-C (interrupt) and Ctrl-D
/// (end of input on an empty line). It redraws the line after each key with `\r`, the prompt,
/// the text and "erase to end of line".
struct LineEditor {
    var history: [String]

    func read(prompt: String) -> LineEvent {
        var line: [Character] = []
        var cursor = 0
        var historyIndex = history.count
        var pendingBytes: [UInt8] = []
        while true {
            guard let byte = Self.readByte() else { return InterruptSignals.isPending ? .interrupted : .endOfInput }
            switch byte {
            case 13, 10:
                StandardConsole.writeAll(Array("\r\n".utf8))
                return .line(String(line))
            case 3:
                StandardConsole.writeAll(Array("^C\r\n".utf8))
                return .interrupted
            case 4:
                if line.isEmpty {
                    StandardConsole.writeAll(Array("\r\n".utf8))
                    return .endOfInput
                }
            case 127, 8:
                if cursor > 0 {
                    line.remove(at: cursor - 1)
                    cursor -= 1
                }
            case 1: cursor = 0
            case 5: cursor = line.count
            case 21:
                line.removeAll()
                cursor = 0
            case 27:
                guard Self.readByte() == UInt8(ascii: "["), let code = Self.readByte() else { break }
                switch code {
                case UInt8(ascii: "D"): cursor = max(0, cursor - 1)
                case UInt8(ascii: "C"): cursor = min(line.count, cursor + 1)
                case UInt8(ascii: "H"): cursor = 0
                case UInt8(ascii: "F"): cursor = line.count
                case UInt8(ascii: "A") where historyIndex > 0:
                    historyIndex -= 1
                    line = Array(history[historyIndex])
                    cursor = line.count
                case UInt8(ascii: "B") where historyIndex < history.count:
                    historyIndex += 1
                    line = historyIndex == history.count ? [] : Array(history[historyIndex])
                    cursor = line.count
                default: break
                }
            default:
                guard byte >= 32 else { break }
                // Collect a whole UTF-8 sequence before inserting it as one character.
                pendingBytes.append(byte)
                let expected = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                while pendingBytes.count < expected, let next = Self.readByte() { pendingBytes.append(next) }
                for character in String(decoding: pendingBytes, as: UTF8.self) {
                    line.insert(character, at: cursor)
                    cursor += 1
                }
                pendingBytes.removeAll()
            }
            redraw(prompt: prompt, line: line, cursor: cursor)
        }
    }

    private func redraw(prompt: String, line: [Character], cursor: Int) {
        var text = "\r" + prompt + String(line) + "\u{1B}[K"
        let back = line.count - cursor
        if back > 0 { text += "\u{1B}[\(back)D" }
        StandardConsole.writeAll(Array(text.utf8))
    }

    /// The next byte, or nil at the end of input or on a signal (which `read` then reports, and
    /// which the next call sees again, so an interrupted escape sequence still ends the line).
    private static func readByte() -> UInt8? {
        if case .byte(let byte) = InterruptSignals.readByte(from: STDIN_FILENO) { return byte }
        return nil
    }
}
