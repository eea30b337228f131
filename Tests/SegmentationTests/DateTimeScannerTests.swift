import Testing

@testable import Segmentation

/// Dates and times of meeting headers, as printed.
@Suite struct DateTimeScannerTests {
    static var scanner: DateTimeScanner { DateTimeScanner(vocabulary: .standard) }

    static let cases: [(text: String, date: String?, start: String?, end: String?)] = [
        ("16. januar 2020 kl. 13.00-15.00", "2020-01-16", "13:00", "15:00"),
        ("16. januar 2020 kl. 13.00-15-00", "2020-01-16", "13:00", "15:00"),
        ("Onsdag den 24.maj 2023 kl.13.00 til kl.15.00", "2023-05-24", "13:00", "15:00"),
        ("torsdag den 7. marts 2019, kl. 16:30", "2019-03-07", "16:30", nil),
        ("Dato: 19.06.2018", "2018-06-19", nil, nil),
        ("14-02-2024", "2024-02-14", nil, nil),
        ("d. 3 Maj 2011", "2011-05-03", nil, nil),
        ("Lørdag den 13. maj", nil, nil, nil),
        ("15:00 – 17:00", nil, "15:00", "17:00"),
    ]

    @Test(arguments: cases.indices) func scans(_ i: Int) {
        let c = Self.cases[i]
        #expect(Self.scanner.firstDate(in: c.text)?.date.iso == c.date, "\(c.text)")
        let time = Self.scanner.timeRange(in: c.text, allowBare: true)
        #expect(time?.start.text == c.start, "\(c.text)")
        #expect(time?.end?.text == c.end, "\(c.text)")
    }
}
