import DocumentModel
import Testing

@testable import Segmentation

/// Meeting titles that run into the date, and dates printed without a year.
@Suite struct HeaderDateTitleTests {
    static let cases: [(name: String, script: String, title: String?, date: String?, start: String?)] = [
        (
            "centred title lines above a date line",
            """
            ~150,12 Referat ordinær generalforsamling
            ~160,12> Grundejerforeningen Solsikken
            ~150,12> mandag den 28. marts 2022 kl. 19.30
            I henhold til vedtægterne var dagsordenen som følger:
            ~20 1. Valg af dirigent
            ~40> Lene Holm blev valgt som dirigent og konstaterede, at generalforsamlingen var lovligt indkaldt.
            ~20 2. Eventuelt
            ~40> Der blev talt om stierne, om belysningen og om fartdæmpning på vejene i området.
            """,
            "Referat ordinær generalforsamling Grundejerforeningen Solsikken", "2022-03-28", "19:30"
        ),
        (
            "title and year-less date on one line, year in the letterhead",
            """
            Grundejerforeningen Solsikken Februar 2024
            Referat af generalforsamling Tirsdag den 20. februar kl. 20.00
            I skolens kantine.
            ~20 1. Valg af dirigent
            ~20 2. Eventuelt
            """,
            "Referat af generalforsamling", "2024-02-20", "20:00"
        ),
        (
            "year-less date with two years in the header: no date, but the time",
            """
            Referat af generalforsamling Tirsdag den 20. februar kl. 20.00
            Regnskab 2023 og budget 2024
            ~20 1. Valg af dirigent
            ~20 2. Eventuelt
            """,
            "Referat af generalforsamling", nil, "20:00"
        ),
    ]

    @Test(arguments: cases.indices) func reads(_ i: Int) {
        let c = Self.cases[i]
        let meeting = ItemDetectionTests.segment(c.script).meeting
        #expect(meeting.title == c.title, "\(c.name)")
        #expect(meeting.date == c.date, "\(c.name)")
        #expect(meeting.start == c.start, "\(c.name)")
    }
}
