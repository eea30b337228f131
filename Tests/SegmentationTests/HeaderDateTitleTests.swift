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
        (
            "a plain line naming the meeting and its date, then an agenda heading",
            """
            Bestyrelsesmøde d. 8 April 2010
            Ad-hoc dagsorden:
            ~20 1. Rabat og udstyr
            ~40> Der er indhentet tilbud fra flere butikker.
            ~20 2. Eventuelt
            """,
            "Bestyrelsesmøde", "2010-04-08", nil
        ),
        (
            "a place before the date is no title",
            """
            Aarhus d. 8. april 2010
            Referat af bestyrelsesmødet
            ~20 1. Rabat og udstyr
            ~40> Der er indhentet tilbud fra flere butikker.
            ~20 2. Eventuelt
            """,
            "Referat af bestyrelsesmødet", "2010-04-08", nil
        ),
    ]

    /// "d. 5/4" names a day and month; the PDF's creation date, when near, gives the year, and says so.
    static let creationCases: [(created: String?, title: String, date: String?, code: String)] = [
        ("2011-04-06T14:29:31Z", "Referat til bestyrelsesmøde", "2011-04-05", "meeting.date.year-from-creation"),
        ("2012-01-03T09:00:00Z", "Referat til bestyrelsesmøde", nil, "meeting.date.missing"),
        (nil, "Referat til bestyrelsesmøde", nil, "meeting.date.missing"),
    ]

    @Test(arguments: creationCases.indices) func yearFromCreationDate(_ i: Int) {
        let c = Self.creationCases[i]
        let script = """
            Referat til bestyrelsesmøde d. 5/4 kl 18.00
            Til stede: Anne Holm, Bo Krogh
            ~20 1. Velkommen
            ~20 2. Eventuelt
            """
        let minutes = Segmenter(config: .standard).segment(
            PageBuilder.pages(script), metadata: DocumentMetadata(created: c.created))
        #expect(minutes.meeting.title == c.title)
        #expect(minutes.meeting.date == c.date)
        #expect(minutes.meeting.start == "18:00")
        #expect(minutes.diagnostics.contains { $0.code == c.code }, "\(minutes.diagnostics)")
    }

    @Test func creationYearTakesTheNearestYearWithinAQuarter() {
        // A January agenda for a December meeting, minutes written in the new year, a 29 February.
        #expect(CreationYear.nearest(day: 15, month: 12, to: "2024-01-10T00:00:00Z")?.iso == "2023-12-15")
        #expect(CreationYear.nearest(day: 5, month: 1, to: "2023-12-20")?.iso == "2024-01-05")
        #expect(CreationYear.nearest(day: 29, month: 2, to: "2024-03-01")?.iso == "2024-02-29")
        #expect(CreationYear.nearest(day: 29, month: 2, to: "2023-03-01") == nil)
        #expect(CreationYear.nearest(day: 1, month: 7, to: "2023-01-01") == nil)
        #expect(CreationYear.nearest(day: 31, month: 4, to: "2023-04-30") == nil)
        #expect(CreationYear.nearest(day: 1, month: 1, to: "D:2023") == nil)
    }

    @Test(arguments: [
        ("Bestyrelsesmøde", true), ("Generalforsamling", true), ("BYRÅDSMØDE", true), ("Møde", false),
        ("Næste møde", false), ("Aarhus", false), ("Kommunen", false),
    ])
    func meetingNouns(_ text: String, _ names: Bool) {
        #expect(SegmentationVocabulary.standard.namesAMeeting(text) == names)
    }

    @Test(arguments: cases.indices) func reads(_ i: Int) {
        let c = Self.cases[i]
        let meeting = ItemDetectionTests.segment(c.script).meeting
        #expect(meeting.title == c.title, "\(c.name)")
        #expect(meeting.date == c.date, "\(c.name)")
        #expect(meeting.start == c.start, "\(c.name)")
    }
}

/// Attachment lists set as a table: a number, a title and a document number flush right.
@Suite struct AttachmentEntryTests {
    @Test func numberedRowsAreEntriesEvenWhenTheRowBeforeFillsTheLine() {
        let script = """
            = Referat
            # 1. Kulturkommune 2017
            Udvalget drøftede planen.
            # Bilag
            ~56! 1 Åben Opsamlingsnotat. Temamøde 20.09.2012 222359/12
            ~56!> 2 Åben Politik for Kultur og Fritid 73288/09
            ~56!> 3 Åben Arbejdsoplæg til udvalget 58688/13
            """
        let items = ItemDetectionTests.items(script)
        #expect(
            items.first?.attachments == [
                "1 Åben Opsamlingsnotat. Temamøde 20.09.2012 222359/12", "2 Åben Politik for Kultur og Fritid 73288/09",
                "3 Åben Arbejdsoplæg til udvalget 58688/13",
            ])
    }

    @Test(arguments: [
        ("3 Åben Notat", 3), ("12. Notat", 12), ("4) Bilag", 4), ("2013 budget", nil), ("7", nil), ("1.5 mio", nil),
        ("Bilag 1", nil),
    ])
    func entryNumbers(_ text: String, _ number: Int?) {
        #expect(SectionSplitter.entryNumber(text) == number)
    }
}

/// A meeting place printed as an address block under the date, without a label.
@Suite struct HeaderAddressTests {
    static func location(_ script: String) -> String? { ItemDetectionTests.segment(script).meeting.location }

    @Test func theAddressBelowTheDateIsTheLocation() {
        let script = """
            = Referat
            Udvalget for kultur
            Torsdag den 20. juni 2013
            Kl. 10:30
            Kursuscentret
            Strandvejen 46
            8410 Rønde
            # 1. Godkendelse af dagsorden
            Godkendt.
            """
        #expect(Self.location(script) == "Kursuscentret, Strandvejen 46, 8410 Rønde")
    }

    @Test func anAddressAboveTheDateIsTheSendersNotThePlace() {
        let script = """
            Kommunen
            Torvet 1
            8400 Ebeltoft
            = Referat
            Torsdag den 20. juni 2013 kl. 10.30
            # 1. Godkendelse af dagsorden
            Godkendt.
            """
        #expect(Self.location(script) == nil)
    }

    @Test(arguments: [
        ("Generalforsamling: 15. februar 2012 på Skovhuset.", "Skovhuset"),
        ("Generalforsamling tirsdag den 28. marts 2023 kl. 19.00 i Fælleshuset Nord", "Fælleshuset Nord"),
        ("Generalforsamling den 5. maj 2023 i henhold til vedtægterne", nil),
        ("Generalforsamling den 5. maj 2023", nil),
        (
            "Referat af generalforsamling Tirsdag den 20. februar kl. 20.00\nI Skolens kantine, Bispeengen 3 .",
            "Skolens kantine, Bispeengen 3"
        ),
    ])
    func aPlaceNamedAfterTheDate(_ line: String, _ place: String?) {
        let script = """
            \(line)
            1) Valg af dirigent
            Som dirigent blev valgt Ole Hansen.
            2) Eventuelt
            Intet.
            """
        #expect(Self.location(script) == place)
    }

    @Test(arguments: [
        ("8410 Rønde", true), ("8000 Aarhus C", true), ("2013 budget", false), ("0800 Høje Taastrup", false),
        ("12345 Town", false), ("8410", false), ("8410 Rønde og omegn i øvrigt", false),
    ])
    func postcodeLines(_ text: String, _ expected: Bool) {
        #expect(HeaderParser.isPostcodeLine(text) == expected)
    }
}

/// A general assembly's chair and minute taker, elected in its first item.
@Suite struct ElectedOfficerTests {
    @Test func theFirstItemsElectionsFillChairAndMinuteTaker() {
        let script = """
            = Referat af generalforsamling
            Tirsdag den 28. marts 2023 kl. 19.00
            1) Valg af dirigent
            Som dirigent blev valgt Ole Hansen, som konstaterede, at generalforsamlingen var lovligt indkaldt.
            Jane Kusk Holm, A25 blev valgt som referent.
            2) Eventuelt
            Intet.
            """
        let meeting = ItemDetectionTests.segment(script).meeting
        #expect(meeting.chair == "Ole Hansen")
        #expect(meeting.minuteTaker == "Jane Kusk Holm")
    }

    @Test func anAddressInParenthesesMayFollowTheName() {
        let script = """
            = Referat af generalforsamling
            Mandag den 26. februar 2023 kl. 20.00
            1. Valg af dirigent
            Leif Hansen (Skovvej 15) valgt til dirigent.
            2. Eventuelt
            Intet.
            """
        #expect(ItemDetectionTests.segment(script).meeting.chair == "Leif Hansen")
    }

    @Test func laterItemsAndOtherRolesAreNotRead() {
        let script = """
            = Referat af generalforsamling
            Tirsdag den 28. marts 2023 kl. 19.00
            1) Valg af dirigent
            Dirigenten konstaterede, at generalforsamlingen var lovligt indkaldt.
            2) Beretning
            Beretningen blev godkendt. Bo Berg blev valgt som revisor.
            3) Eventuelt
            Som dirigent blev valgt Ib Lund.
            """
        let meeting = ItemDetectionTests.segment(script).meeting
        #expect(meeting.chair == nil)
        #expect(meeting.minuteTaker == nil)
    }
}
