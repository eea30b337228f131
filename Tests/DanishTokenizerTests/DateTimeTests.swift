import Testing

@testable import DanishTokenizer

/// Meeting headings and the date they name (nil: no complete date).
let dateCases: [(String, CalendarDate?)] = [
    ("16. januar 2020 kl. 13.00-15.00", CalendarDate(year: 2020, month: 1, day: 16)),
    ("Onsdag den 24.maj 2023 kl.13.00 til kl.15.00", CalendarDate(year: 2023, month: 5, day: 24)),
    ("Dato 10. marts 2022", CalendarDate(year: 2022, month: 3, day: 10)),
    ("19.06.2018", CalendarDate(year: 2018, month: 6, day: 19)),
    ("14-02-2024", CalendarDate(year: 2024, month: 2, day: 14)),
    ("d. 3 Maj 2011", CalendarDate(year: 2011, month: 5, day: 3)),
    ("torsdag den 7. marts 2019, kl. 16:30", CalendarDate(year: 2019, month: 3, day: 7)),
    ("Mødet 19/12-15 kl. 9", CalendarDate(year: 2015, month: 12, day: 19)),
    ("16.01.85", CalendarDate(year: 1985, month: 1, day: 16)),
    ("6. jan. 2020", CalendarDate(year: 2020, month: 1, day: 6)),
    ("32.01.2020", nil),
    ("16.13.2020", nil),
    ("inden 3. maj", nil),
    ("31. februar 2020", nil),
]

/// Texts and the time range they name: start hour, minute, then end hour, minute (-1: no end), or nil.
let timeCases: [(String, [Int]?)] = [
    ("16. januar 2020 kl. 13.00-15.00", [13, 0, 15, 0]),
    ("Onsdag den 24.maj 2023 kl.13.00 til kl.15.00", [13, 0, 15, 0]),
    ("Tid 15:00 – 17:00", [15, 0, 17, 0]),
    ("torsdag den 7. marts 2019, kl. 16:30", [16, 30, -1, -1]),
    ("kl. 15.05 – 15.25", [15, 5, 15, 25]),
    ("kl. 13.00-15-00", [13, 0, 15, 0]),
    ("kl. 13.00-15-75", [13, 0, -1, -1]),
    ("kl. 9", [9, 0, -1, -1]),
    ("kl. 25.00", nil),
    ("Dato 10. marts 2022", nil),
]

@Test("first date", arguments: dateCases)
func firstDate(input: String, expected: CalendarDate?) {
    let parsed = DanishDateTimeParser().firstDate(in: input)
    #expect(
        parsed.flatMap { CalendarDate(year: $0.year, month: $0.month, day: $0.day) } == expected,
        "\(input)")
}

@Test("time range", arguments: timeCases)
func timeRange(input: String, expected: [Int]?) {
    let parsed = DanishDateTimeParser().timeRange(in: input)
    let flat = parsed.map { [$0.start.0, $0.start.1, $0.end?.0 ?? -1, $0.end?.1 ?? -1] }
    #expect(flat == expected, "\(input)")
}

@Test func spansCoverMultiTokenDatesAndTimes() {
    let text = "Onsdag den 24.maj 2023 kl.13.00 til kl.15.00"
    let tokenizer = DanishTokenizer()
    let tokens = tokenizer.tokenize(text)
    let spans = tokenizer.dateTimeSpans(in: tokens)
    #expect(spans.map(\.kind) == [.date, .timeRange])
    #expect(
        spans.first.map { String(text[text.indexRange(utf8: $0.range)]) } == "Onsdag den 24.maj 2023")
    #expect(
        spans.last.map { String(text[text.indexRange(utf8: $0.range)]) } == "kl.13.00 til kl.15.00")
    #expect(spans.last?.end == ClockTime(hour: 15, minute: 0))
}

@Test func dateWithoutYearIsASpanButNotAFirstDate() {
    let tokenizer = DanishTokenizer()
    let spans = tokenizer.dateTimeSpans(in: tokenizer.tokenize("inden 3. maj"))
    #expect(spans.count == 1)
    #expect(spans.first?.date == CalendarDate(year: nil, month: 5, day: 3))
}

@Test func twoDigitYearsPivotAtSeventy() {
    #expect(CalendarDate.fullYear(0) == 2000)
    #expect(CalendarDate.fullYear(69) == 2069)
    #expect(CalendarDate.fullYear(70) == 1970)
}
