/// A calendar date read from Danish text; always valid (month 1–12, day within 1–31). The year is nil when the
/// text names none ("3. maj").
public struct CalendarDate: Sendable, Equatable, Hashable {
    public let year: Int?
    public let month: Int
    public let day: Int

    /// Creates a date when month and day are in range, else nil: dates are never guessed.
    public init?(year: Int?, month: Int, day: Int) {
        guard let valid = CalendarDate.validated(year: year ?? 2000, month: month, day: day) else {
            return nil
        }
        self.year = year
        self.month = valid.month
        self.day = valid.day
    }

    /// The triple when month is 1–12 and day 1–31 (1–29 in February, 1–30 in 30-day months).
    static func validated(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1...12).contains(month), day >= 1 else { return nil }
        let longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= longest, (0...9999).contains(year) else { return nil }
        return (year, month, day)
    }

    /// A two-digit year read as 2000–2069 for 00–69 and 1970–1999 otherwise.
    static func fullYear(_ twoDigits: Int) -> Int {
        twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits
    }
}

/// A time of day read from Danish text: hour 0–24, minute 0–59.
public struct ClockTime: Sendable, Equatable, Hashable {
    public let hour: Int
    public let minute: Int

    /// Creates a time when hour and minute are in range (24 only as 24:00), else nil.
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else {
            return nil
        }
        self.hour = hour
        self.minute = minute
    }
}
