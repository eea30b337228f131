/// The year of a meeting date printed without one ("d. 5/4"), from the PDF's creation date: minutes are
/// written within weeks of their meeting and agendas shortly before it, so the day and month nearest to the
/// creation date give the year. Counted in days on the proleptic Gregorian calendar, without Foundation.
enum CreationYear {
    /// How far from the creation date a meeting may lie for that date to give its year.
    static let windowDays = 92

    /// The day and month in the creation date's year, or the one before or after, nearest to `created`
    /// ("2011-04-06T14:29:31Z"); nil when no candidate lies within `windowDays` or `created` is unreadable.
    static func nearest(day: Int, month: Int, to created: String?) -> DateTimeScanner.DayDate? {
        guard let created, let anchor = dayNumber(iso: created) else { return nil }
        let year = anchor.year
        let candidates = (year - 1...year + 1).compactMap { candidate -> (DateTimeScanner.DayDate, Int)? in
            guard let number = dayNumber(year: candidate, month: month, day: day) else { return nil }
            return (DateTimeScanner.DayDate(year: candidate, month: month, day: day), abs(number - anchor.number))
        }
        guard let best = candidates.min(by: { $0.1 < $1.1 }), best.1 <= windowDays else { return nil }
        return best.0
    }

    /// The day number and year of an ISO 8601 date's first ten characters ("YYYY-MM-DD").
    static func dayNumber(iso: String) -> (number: Int, year: Int)? {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            let number = dayNumber(year: year, month: month, day: day)
        else { return nil }
        return (number, year)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil); nil for a day the month does not have.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int? {
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
