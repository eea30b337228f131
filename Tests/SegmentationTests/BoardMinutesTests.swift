import DocumentModel
import Testing

@testable import Segmentation

/// The end of a meeting read from the sentence that closes its minutes, and header labels seen in board
/// minutes.
@Suite struct ClosingTimeTests {
    static func meeting(header: String, closing: String) -> Meeting {
        ItemDetectionTests.segment(
            """
            Referat af bestyrelsesmøde
            \(header)
            ~20 1. Godkendelse af dagsorden
            ~40> Godkendt.
            ~20 2. Eventuelt
            ~40> Intet at bemærke. \(closing)
            """
        ).meeting
    }

    @Test(arguments: [
        ("Mødet sluttede kl. 18.30.", "18:30"), ("Mødet blev hævet kl. 21", "21:00"),
        ("Generalforsamlingen blev afsluttet klokken 22:15.", "22:15"), ("Mødet sluttede kl. 25.10.", nil),
        ("Vi sluttede kl. 18.30.", nil), ("Mødet sluttede kl. 15.00.", nil),
    ])
    func theClosingSentenceGivesTheEnd(_ closing: String, _ end: String?) {
        let meeting = Self.meeting(header: "Dato: 12. marts 2024 kl. 16.00", closing: closing)
        #expect(meeting.start == "16:00")
        #expect(meeting.end == end, "\(closing)")
    }

    @Test func theHeadersEndIsKept() {
        let meeting = Self.meeting(header: "Mødetid: 12. marts 2024, 16:00-18:00", closing: "Mødet sluttede kl. 18.30.")
        #expect(meeting.end == "18:00")
    }

    @Test func absenteesAndTheMinuteTakerByTheirBoardLabels() {
        let meeting = Self.meeting(
            header: "Dato: 12. marts 2024\nIkke til stede: Ole Berg\nProtokolfører: Jens Jensen", closing: "")
        #expect(meeting.participants.map(\.name) == ["Ole Berg"])
        #expect(meeting.participants.first?.status == .absent)
        #expect(meeting.minuteTaker == "Jens Jensen")
    }
}

/// Two header fields on one line, the second after the end of a sentence.
@Suite struct InlineLabelTests {
    static func meeting(_ header: String) -> Meeting {
        ItemDetectionTests.segment(
            "Referat af bestyrelsesmøde\n\(header)\n~20 1. Økonomi\n~40> Godkendt.\n~20 2. Eventuelt"
        )
        .meeting
    }

    @Test func presentAndAbsentOnOneLine() {
        let meeting = Self.meeting("Dato: 5. marts 2024\nDeltagere: Lene, Ole, Hans. Afbud: Kim.")
        #expect(meeting.participants.map(\.name) == ["Lene", "Ole", "Hans", "Kim"])
        #expect(meeting.participants.map(\.status) == [.present, .present, .present, .absent])
    }

    @Test func dateAndPlaceOnOneLine() {
        let meeting = Self.meeting("Dato: 5. marts 2024 kl. 19:00. Sted: Klubhuset")
        #expect(meeting.date == "2024-03-05" && meeting.start == "19:00")
        #expect(meeting.location == "Klubhuset")
    }
}

/// Headings and header fields as municipal case systems print them.
@Suite struct CaseSystemLayoutTests {
    @Test(arguments: [
        "Tid og sted: Torsdag den 7. marts 2019, kl. 16:30, Rådhuset, mødelokale 2",
        "Tid og sted: Torsdag, 7. marts 2019, kl. 16:30, Rådhuset, mødelokale 2",
    ])
    func thePlaceAfterTheDateAndTime(_ line: String) {
        let meeting = ItemDetectionTests.segment(
            "Social- og Sundhedsudvalget\nBeslutningsprotokol\n\(line)\n~20 1. Orientering\n~40> Taget til efterretning."
                + "\n~20 2. Eventuelt\n~40> Intet."
        ).meeting
        #expect(meeting.date == "2019-03-07" && meeting.start == "16:30")
        #expect(meeting.location == "Rådhuset, mødelokale 2")
    }

    /// Heading forms, `#` standing for the number and `@` for the title.
    @Test(arguments: ["Dagsordenspunkt #: @", "Punkt # - @", "# - @", "#) @", "#. @ (kl. 15.00-15.30)"])
    func headingForms(_ form: String) {
        let titles = ["Godkendelse af dagsorden", "Økonomi", "Eventuelt"]
        var script = "Referat af bestyrelsesmøde\nDato: 5. marts 2024\n"
        for (i, title) in titles.enumerated() {
            let heading = form.replacingOccurrences(of: "#", with: "\(i + 1)").replacingOccurrences(
                of: "@", with: title)
            script += "~20,12b \(heading)\n~20 Teksten til punktet blev drøftet.\n"
        }
        let items = ItemDetectionTests.items(script)
        #expect(items.map(\.number) == ["1", "2", "3"], "\(form)")
        #expect(items.map(\.title) == titles, "\(form)")
    }

    @Test func aTitleUnderItsNumberMayReadAsASectionLabel() {
        let items = ItemDetectionTests.items(
            """
            Referat af bestyrelsesmøde
            ~20,12b 1.
            ~20,12b Valg af ordstyrer
            ~20 Anne blev valgt.
            ~20,12b 2.
            ~20,12b Økonomi
            ~20 Regnskabet blev godkendt.
            ~20,12b 3.
            ~20,12b Eventuelt
            ~20 Intet.
            """)
        #expect(items.map(\.title) == ["Valg af ordstyrer", "Økonomi", "Eventuelt"])
        #expect(items.count == 3 && items[1].sections.map(\.kind) == ["body"])
    }
}

/// Participant labels read on by a few words up to their colon.
@Suite struct QualifiedLabelTests {
    @Test(arguments: [
        ("Fraværende med afbud: Ole Berg", Participant.Status.absent),
        ("Deltog ikke: Ole Berg", .absent),
        ("Til stede var: Ole Berg", .present),
        ("Deltagere fra bestyrelsen: Ole Berg", .present),
        ("Desuden deltog: Ole Berg", .present),
        ("Fra forvaltningen deltog: Ole Berg", .secretariat),
    ])
    func theLabelAndItsStatus(_ line: String, _ status: Participant.Status) {
        let meeting = ItemDetectionTests.segment(
            "Referat af bestyrelsesmøde\nDato: 5. marts 2024\n\(line)\n~20 1. Økonomi\n~40> Godkendt.\n~20 2. Eventuelt"
        ).meeting
        #expect(meeting.participants.map(\.name) == ["Ole Berg"], "\(line)")
        #expect(meeting.participants.first?.status == status, "\(line)")
    }

    @Test func aSentenceInTheHeaderIsNoLabel() {
        let meeting = ItemDetectionTests.segment(
            """
            Referat af bestyrelsesmøde
            Dato: 5. marts 2024
            Deltagere var der mange af, og følgende blev aftalt: Ole Berg tager referat.
            ~20 1. Økonomi
            ~40> Godkendt.
            ~20 2. Eventuelt
            """
        ).meeting
        #expect(meeting.participants.isEmpty)
    }
}

/// Participant entries with substitutions and partial attendance.
@Suite struct ParticipantEntryFormsTests {
    static func participants(_ entries: [String]) -> [Participant] {
        ItemDetectionTests.segment(
            "Referat af Økonomiudvalgets møde\nDato: 5. marts 2024\nMedlemmer:\n" + entries.joined(separator: "\n")
                + "\n~20 1. Økonomi\n~40> Godkendt.\n~20 2. Eventuelt\n~40> Intet."
        ).meeting.participants
    }

    @Test func aSubstituteNamedFirstAttendsForTheMemberNamedAfter() {
        let found = Self.participants(["Anne Holm (A)", "Hans Hansen (O) i stedet for Kim Larsen"])
        #expect(found.map(\.name) == ["Anne Holm", "Kim Larsen", "Hans Hansen"])
        #expect(found.map(\.status) == [.present, .absent, .present])
    }

    @Test func awayForOneItemIsPresent() {
        let found = Self.participants([
            "Anne Holm (A)", "Lis Dam (F), deltog ikke under punkt 3", "Ole Berg (V) - afbud",
        ])
        #expect(found.map(\.name) == ["Anne Holm", "Lis Dam", "Ole Berg"])
        #expect(found.map(\.status) == [.present, .present, .absent])
        #expect(found.count == 3 && found[1].role == nil)
    }
}

/// Header labels an OCR layer misread by one letter, read by the colon after them.
@Suite struct MisreadLabelTests {
    static func meeting(_ lines: String) -> Meeting {
        ItemDetectionTests.segment(
            "Referat af bestyrelsesmøde\n\(lines)\n~20 1. Økonomi\n~40> Godkendt.\n~20 2. Eventuelt\n~40> Intet."
        ).meeting
    }

    @Test func misreadLabelsAreRead() {
        let meeting = Self.meeting("Mødedata: 12. marts 2024\nDeltagcre: Ole Berg\nAfhud: Lis Dam\nMødesied: Klubhuset")
        #expect(meeting.date == "2024-03-12")
        #expect(meeting.participants.map(\.name) == ["Ole Berg", "Lis Dam"])
        #expect(meeting.participants.map(\.status) == [.present, .absent])
        #expect(meeting.location == "Klubhuset")
    }

    @Test(arguments: [
        ("mødedata", "mødedato", true), ("deltager", "deltagere", true), ("fravarende", "fraværende", true),
        ("datoen", "dato", false), ("afbnnd", "afbud", false), ("abc", "abd", true), ("xbc", "abcd", false),
    ])
    func oneEdit(_ a: String, _ b: String, _ within: Bool) {
        #expect(MisreadLabel.withinOneEdit(Array(a), Array(b)) == within)
        #expect(MisreadLabel.withinOneEdit(Array(b), Array(a)) == within)
    }

    @Test func aWordFarFromEveryLabelIsNoLabel() {
        let meeting = Self.meeting("Dato: 12. marts 2024\nBemærk: Ole Berg kom senere")
        #expect(meeting.participants.isEmpty)
    }

    @Test func aWordOneLetterFromAShortLabelIsNoLabel() {
        let meeting = Self.meeting("Dato: 12. marts 2024\nMødet: blev holdt i klubhuset")
        #expect(meeting.title == "Referat af bestyrelsesmøde")
    }
}
