import DanishTokenizer
import Foundation

/// Finds Danish meeting dates and clock times in header values: "16. januar 2020 kl. 13.00-15.00",
/// "Onsdag den 24.maj 2023 kl.13.00 til kl.15.00", "Tid 15:00 – 17:00", "19.06.2018", "14-02-2024".
/// A private helper until the tokenizer's date parser covers the same forms; month names come from the
/// vocabulary. Never guesses: a date without a year is no date.
struct DateTimeScanner: Sendable {
    struct DayDate: Hashable {
        var year: Int
        var month: Int
        var day: Int
        var iso: String {
            "\(DateTimeScanner.padded(year, 4))-\(DateTimeScanner.padded(month, 2))-\(DateTimeScanner.padded(day, 2))"
        }
    }

    struct Clock: Hashable {
        var hour: Int
        var minute: Int
        var text: String { "\(DateTimeScanner.padded(hour, 2)):\(DateTimeScanner.padded(minute, 2))" }
    }

    /// `String(format: "%0<width>d", n)`: Foundation's formatter cost more than reading the rest of a header.
    static func padded(_ n: Int, _ width: Int) -> String {
        guard n >= 0 else { return String(format: "%0\(width)d", n) }
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    let months: [String: Int]
    private let namedDate: NSRegularExpression?
    private let numericDate: NSRegularExpression?
    private let isoDate: NSRegularExpression?
    private let timeRange: NSRegularExpression?
    private let markedTime: NSRegularExpression?
    /// A marked whole hour, alone or as a range: "kl. 19", "kl. 16-18", "klokken 16 til 17.30".
    private let markedHour: NSRegularExpression?
    /// The time markers as UTF-8 bytes in lower case, capitalised and in capitals: text without one holds no
    /// marked hour, and skips its regular expression.
    private let markerSpellings: [[UInt8]]
    private let bareTime: NSRegularExpression?
    /// "12/3 2024": a day and month with a slash and the year after a space.
    private let slashDate: NSRegularExpression?
    /// A day and month name without a year after it (see `yearlessDate`).
    let yearless: NSRegularExpression?
    /// A date lead-in, then day/month in digits and no year ("d. 5/4", "den 4/7"): digits alone could be a
    /// fraction or a reference, the lead-in makes them a date.
    let yearlessNumeric: NSRegularExpression?

    init(vocabulary: SegmentationVocabulary) {
        months = Dictionary(vocabulary.months.map { ($0.key.lowercased(), $0.value) }) { a, _ in a }
        let names = months.keys.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(
            separator: "|")
        let marker = vocabulary.timeMarkers.map { NSRegularExpression.escapedPattern(for: $0) }
            .sorted { $0.count > $1.count }.joined(separator: "|")
        let range = (["-", "–", "—"] + vocabulary.rangeWords.map { NSRegularExpression.escapedPattern(for: $0) })
            .joined(separator: "|")
        let markerOpt = marker.isEmpty ? "" : "(?:(?:\(marker))\\s*)?"
        let time = "(?<!\\d)(?<!\\d[.,:])(\\d{1,2})[.:](\\d{2})(?![\\d]|[.:]\\d)"
        func rx(_ p: String) -> NSRegularExpression? {
            try? NSRegularExpression(pattern: p, options: [.caseInsensitive])
        }
        namedDate =
            names.isEmpty
            ? nil : rx("(?<!\\d)(\\d{1,2})\\s*\\.?\\s*(\(names))\\.?(?![\\p{L}])\\s*,?\\s*(\\d{4})(?!\\d)")
        // Not "15.05-15.25": a time range is no date.
        numericDate = rx("(?<![\\d.])(\\d{1,2})[.\\-/](\\d{1,2})[.\\-/](\\d{4}|\\d{2})(?![\\d]|[.:]\\d)")
        isoDate = rx("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)")
        timeRange = rx(
            "\(markerOpt)\(time)\\s*(?:\(range))\\s*\(markerOpt)(\\d{1,2})[.:\\-](\\d{2})(?!\\d)")
        markedTime = marker.isEmpty ? nil : rx("(?:\(marker))\\s*\(time)")
        let hour = "(?<!\\d)(\\d{1,2})(?![\\d]|[.:,]\\d)"
        markedHour =
            marker.isEmpty
            ? nil
            : rx(
                "(?:\(marker))\\s*\(hour)(?:\\s*(?:\(range))\\s*\(markerOpt)(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d]|[.:]\\d))?"
            )
        markerSpellings = PhraseFilter.spellings(vocabulary.timeMarkers)
        slashDate = rx("(?<![\\d./])(\\d{1,2})/(\\d{1,2})\\s+(\\d{4})(?![\\d\\-/])")
        bareTime = rx(time)
        // Day, month name, and no four-digit year after it.
        yearless =
            names.isEmpty
            ? nil : rx("(?<!\\d)(\\d{1,2})\\s*\\.?\\s*(\(names))\\.?(?![\\p{L}])(?!\\s*,?\\s*\\d{4})")
        let timeWords = Set(vocabulary.timeMarkers.map { $0.lowercased() })
        let leadIns = vocabulary.dateLeadIns.map { $0.lowercased() }.filter { !timeWords.contains($0) }
            .sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern)
        yearlessNumeric =
            leadIns.isEmpty
            ? nil
            : rx(
                "(?<![\\p{L}\\d])(?:\(leadIns.joined(separator: "|")))\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/]|[.\\-]\\d)"
            )
    }

    /// The first complete date in the text, with where it was printed.
    func firstDate(in text: String) -> (date: DayDate, range: Range<String.Index>)? {
        let shapes = DigitFilter.dateShapes(text)
        guard shapes.any else {
            assert(regexFirstDate(in: text) == nil, "digit filter ruled out a date")
            return nil
        }
        let found = regexFirstDate(in: text, shapes: shapes)
        assert(found?.range == regexFirstDate(in: text)?.range, "digit filter ruled out a date form")
        return found
    }

    /// `shapes`: the forms worth a regular expression (all when nil).
    private func regexFirstDate(in text: String, shapes: DigitFilter.DateShapes? = nil)
        -> (date: DayDate, range: Range<String.Index>)?
    {
        let ns = text as NSString
        var found: [(DayDate, NSRange)] = []
        let whole = NSRange(location: 0, length: ns.length)
        if shapes?.year ?? true, let m = namedDate?.firstMatch(in: text, range: whole),
            let day = Int(ns.substring(with: m.range(at: 1))),
            let month = months[ns.substring(with: m.range(at: 2)).lowercased()],
            let year = Int(ns.substring(with: m.range(at: 3)))
        {
            found.append((DayDate(year: year, month: month, day: day), m.range))
        }
        if shapes?.numeric ?? true, let m = numericDate?.firstMatch(in: text, range: whole),
            let day = Int(ns.substring(with: m.range(at: 1))), let month = Int(ns.substring(with: m.range(at: 2))),
            var year = Int(ns.substring(with: m.range(at: 3)))
        {
            if year < 100 { year += 2000 }
            found.append((DayDate(year: year, month: month, day: day), m.range))
        }
        if shapes?.numeric ?? true, let m = slashDate?.firstMatch(in: text, range: whole),
            let day = Int(ns.substring(with: m.range(at: 1))), let month = Int(ns.substring(with: m.range(at: 2))),
            let year = Int(ns.substring(with: m.range(at: 3)))
        {
            found.append((DayDate(year: year, month: month, day: day), m.range))
        }
        if shapes?.isoYear ?? true, let m = isoDate?.firstMatch(in: text, range: whole),
            let year = Int(ns.substring(with: m.range(at: 1))),
            let month = Int(ns.substring(with: m.range(at: 2))), let day = Int(ns.substring(with: m.range(at: 3)))
        {
            found.append((DayDate(year: year, month: month, day: day), m.range))
        }
        let valid = found.filter {
            (1...31).contains($0.0.day) && (1...12).contains($0.0.month) && (1900...2200).contains($0.0.year)
        }
        guard let best = valid.min(by: { $0.1.location < $1.1.location }), let r = Range(best.1, in: text) else {
            return nil
        }
        return (best.0, r)
    }

    /// The meeting time in the text: a range ("13.00-15.00", "kl.13.00 til kl.15.00") or a single marked
    /// time ("kl. 16:30"); a bare "15:00" counts only when `allowBare` (the value of a time field).
    func timeRange(in text: String, allowBare: Bool) -> (start: Clock, end: Clock?)? {
        timeMatch(in: text, allowBare: allowBare).map { ($0.start, $0.end) }
    }

    /// `timeRange(in:allowBare:)` for text whose first date (`firstDate(in:)`, nil for none) was read already.
    func timeRange(in text: String, allowBare: Bool, firstDate: Range<String.Index>?) -> (start: Clock, end: Clock?)? {
        timeMatch(in: text, allowBare: allowBare, dateRange: .some(firstDate)).map { ($0.start, $0.end) }
    }

    /// Like `timeRange(in:allowBare:)`, with where the time was printed.
    func timeMatch(in original: String, allowBare: Bool) -> (start: Clock, end: Clock?, range: Range<String.Index>)? {
        timeMatch(in: original, allowBare: allowBare, dateRange: nil)
    }

    /// `dateRange`: the text's first date when known (`.some(nil)` for none), nil to look for it.
    private func timeMatch(in original: String, allowBare: Bool, dateRange: Range<String.Index>??)
        -> (start: Clock, end: Clock?, range: Range<String.Index>)?
    {
        // Every form holds a clock time or a marker ("kl. 19"), and blanking a date out (below) makes none.
        guard DigitFilter.mayHoldClockTime(original) || PhraseFilter.containsBytes(original, anyOf: markerSpellings)
        else {
            assert(regexTimeMatch(in: original, allowBare: allowBare, dateRange: nil) == nil, "filter ruled out a time")
            return nil
        }
        return regexTimeMatch(in: original, allowBare: allowBare, dateRange: dateRange)
    }

    private func regexTimeMatch(in original: String, allowBare: Bool, dateRange: Range<String.Index>??)
        -> (start: Clock, end: Clock?, range: Range<String.Index>)?
    {
        // Blank the date out character by character, so offsets still match the original's.
        var text = original
        if let date = dateRange ?? firstDate(in: text)?.range {
            assert(date == firstDate(in: text)?.range, "known date differs")
            text.replaceSubrange(date, with: String(repeating: " ", count: text[date].count))
        }
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        func mapped(_ r: NSRange) -> Range<String.Index>? {
            guard let range = Range(r, in: text) else { return nil }
            let lower = original.index(
                original.startIndex, offsetBy: text.distance(from: text.startIndex, to: range.lowerBound))
            let upper = original.index(lower, offsetBy: text.distance(from: range.lowerBound, to: range.upperBound))
            return lower..<upper
        }
        func clock(_ m: NSTextCheckingResult, _ h: Int, _ mi: Int) -> Clock? {
            guard let hour = Int(ns.substring(with: m.range(at: h))),
                let minute = Int(ns.substring(with: m.range(at: mi))),
                (0...24).contains(hour), (0...59).contains(minute)
            else { return nil }
            return Clock(hour: hour, minute: minute)
        }
        if let m = timeRange?.firstMatch(in: text, range: whole), let start = clock(m, 1, 2) {
            return mapped(m.range).map { (start, clock(m, 3, 4), $0) }
        }
        if let m = markedTime?.firstMatch(in: text, range: whole), let start = clock(m, 1, 2) {
            return mapped(m.range).map { (start, nil, $0) }
        }
        if let m = markedHour?.firstMatch(in: text, range: whole),
            let hour = Int(ns.substring(with: m.range(at: 1))), (0...24).contains(hour)
        {
            var end: Clock?
            if m.range(at: 2).location != NSNotFound, let endHour = Int(ns.substring(with: m.range(at: 2))) {
                let minute = m.range(at: 3).location != NSNotFound ? Int(ns.substring(with: m.range(at: 3))) : 0
                if (0...24).contains(endHour), let minute, (0...59).contains(minute) {
                    end = Clock(hour: endHour, minute: minute)
                }
            }
            return mapped(m.range).map { (Clock(hour: hour, minute: 0), end, $0) }
        }
        if allowBare, let m = bareTime?.firstMatch(in: text, range: whole), let start = clock(m, 1, 2) {
            return mapped(m.range).map { (start, nil, $0) }
        }
        return nil
    }

    /// Whether the word is a month name or abbreviation ("november", "aug.").
    func isMonth(_ word: some StringProtocol) -> Bool {
        var w = word.lowercased()
        while let last = w.last, !last.isLetter { w.removeLast() }
        return months[w] != nil || DanishLexicon.standard.monthNumber(w) != nil
    }
}
