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
        ("d. 3 Maj 2011 kl. 19", "2011-05-03", "19:00", nil),
        ("12/3 2024, kl. 16-18", "2024-03-12", "16:00", "18:00"),
        ("klokken 16 til 17.30", nil, "16:00", "17:30"),
        ("kl. 25", nil, nil, nil),
        ("side 12/3 af 2024", nil, nil, nil),
        ("12/3-sagen 2024", nil, nil, nil),
        ("Bilag 1/2 2024-udgaven", nil, nil, nil),
    ]

    @Test(arguments: cases.indices) func scans(_ i: Int) {
        let c = Self.cases[i]
        #expect(Self.scanner.firstDate(in: c.text)?.date.iso == c.date, "\(c.text)")
        let time = Self.scanner.timeRange(in: c.text, allowBare: true)
        #expect(time?.start.text == c.start, "\(c.text)")
        #expect(time?.end?.text == c.end, "\(c.text)")
    }
}
