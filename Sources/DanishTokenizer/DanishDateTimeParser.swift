/// Reads meeting dates and times from short Danish texts such as a minutes heading
/// ("Onsdag den 24.maj 2023 kl.13.00 til kl.15.00", "Dato 10. marts 2022", "Tid 15:00 – 17:00").
///
/// It runs ``DanishTokenizer`` and ``DanishTokenizer/dateTimeSpans(in:)``; month names come from the lexicon.
/// Two-digit years 00–69 are 20xx, 70–99 are 19xx. Invalid values (month 13, 25:00) give nil: nothing is guessed.
public struct DanishDateTimeParser: Sendable {
    /// The tokenizer whose lexicon supplies month, weekday and marker words.
    public let tokenizer: DanishTokenizer

    /// Creates a parser over `lexicon`.
    public init(lexicon: DanishLexicon = .standard) {
        tokenizer = DanishTokenizer(lexicon: lexicon)
    }

    /// The first complete date (with a year) in `text`.
    public func firstDate(in text: String) -> (year: Int, month: Int, day: Int)? {
        for span in spans(in: text) where span.kind == .date {
            if let date = span.date, let year = date.year { return (year, date.month, date.day) }
        }
        return nil
    }

    /// The first time or time range in `text` as (hour, minute) pairs; `end` is nil for a single time.
    public func timeRange(in text: String) -> (start: (Int, Int), end: (Int, Int)?)? {
        for span in spans(in: text) where span.kind != .date {
            guard let start = span.start else { continue }
            return ((start.hour, start.minute), span.end.map { ($0.hour, $0.minute) })
        }
        return nil
    }

    /// All date and time spans of `text`, with their token list.
    public func spans(in text: String) -> [DateTimeSpan] {
        tokenizer.dateTimeSpans(in: tokenizer.tokenize(text))
    }
}
