/// A non-fatal finding about one document ("running header removed on 11/12 pages", "no meeting date
/// found"). Stages return these; they never print.
public struct Diagnostic: Codable, Hashable, Sendable {
    public enum Level: String, Codable, Hashable, Sendable, Comparable {
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
    }

    public var level: Level
    /// A stable machine-readable code, e.g. "meeting.date.missing".
    public var code: String
    public var message: String
    /// 1-based page the finding is about, if any.
    public var page: Int?

    public init(level: Level, code: String, message: String, page: Int? = nil) {
        self.level = level
        self.code = code
        self.message = message
        self.page = page
    }

    public static func info(_ code: String, _ message: String, page: Int? = nil) -> Diagnostic {
        Diagnostic(level: .info, code: code, message: message, page: page)
    }

    public static func warning(_ code: String, _ message: String, page: Int? = nil) -> Diagnostic {
        Diagnostic(level: .warning, code: code, message: message, page: page)
    }
}
