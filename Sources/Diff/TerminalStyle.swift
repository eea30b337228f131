/// How a text report marks what was removed and added: ANSI colours on a terminal, `[-…-]`/`{+…+}` (as
/// `git diff --word-diff=plain`) everywhere else, so a report piped to a file or a CI log stays readable.
public struct TerminalStyle: Sendable {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    /// Whether standard output should be coloured: a terminal, and `NO_COLOR` unset or empty (no-color.org).
    public static func wantsColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    func removedWords(_ text: String) -> String { colour ? ansi("31;9", text) : "[-\(text)-]" }
    func addedWords(_ text: String) -> String { colour ? ansi("32", text) : "{+\(text)+}" }
    func removedLine(_ text: String) -> String { colour ? ansi("31", text) : text }
    func addedLine(_ text: String) -> String { colour ? ansi("32", text) : text }
    func heading(_ text: String) -> String { colour ? ansi("1", text) : text }
    func error(_ text: String) -> String { colour ? ansi("1;31", text) : text }

    private func ansi(_ code: String, _ text: String) -> String { "\u{1B}[\(code)m\(text)\u{1B}[0m" }
}
