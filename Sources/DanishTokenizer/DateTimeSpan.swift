/// A date, clock time or time range spelled over one or more tokens, with its parsed value.
public struct DateTimeSpan: Sendable, Equatable {
    /// What the span spells.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// "6. marts 2022", "Onsdag den 24.maj 2023", "16.01.2020", "3. maj" (no year).
        case date
        /// "kl. 15.05", "15:00".
        case time
        /// "15.05 – 15.25", "kl.13.00 til kl.15.00".
        case timeRange
    }

    /// What the span spells.
    public let kind: Kind
    /// Indices into the token array.
    public let tokens: Range<Int>
    /// UTF-8 byte offsets into the input, from the first token's start to the last token's end.
    public let range: Range<Int>
    /// The date, for `.date` spans.
    public let date: CalendarDate?
    /// The (start) time, for `.time` and `.timeRange` spans.
    public let start: ClockTime?
    /// The end time, for `.timeRange` spans.
    public let end: ClockTime?

    /// Creates a span; `range` is in UTF-8 bytes.
    public init(
        kind: Kind, tokens: Range<Int>, range: Range<Int>, date: CalendarDate? = nil,
        start: ClockTime? = nil,
        end: ClockTime? = nil
    ) {
        self.kind = kind
        self.tokens = tokens
        self.range = range
        self.date = date
        self.start = start
        self.end = end
    }
}
