import Testing

/// Text chosen to break naive storage or display: quotes, SQL, control characters, bidi
/// overrides, and a 100 KB string. Named in test output by a short label.
struct HostileText: Sendable, CustomTestStringConvertible {
    var label: String
    var text: String

    var testDescription: String { label }

    static let all: [HostileText] = [
        HostileText(label: "quotes", text: #"O'Brien "the \"quoted\" one""#),
        HostileText(label: "SQL injection", text: "Robert'); DROP TABLE candidates;--"),
        HostileText(label: "SQL injection 2", text: "'; DROP TABLE responses; --"),
        HostileText(
            label: "control characters",
            text: "tab\there, newline\nthere, return\r, bell\u{7}, escape \u{1B}[31mred\u{1B}[0m, delete \u{7F}"),
        HostileText(label: "bidi and emoji", text: "right-to-left \u{202E}txet, zero width\u{200B}joiner, emoji 👩🏽‍⚕️"),
        HostileText(label: "100 KB", text: String(repeating: "long ✓ ", count: 12_500)),
    ]
}
