import DocumentModel
import Testing

@testable import Segmentation

/// Participant lines of small boards and two-column member tables, and what is not a person.
@Suite struct ParticipantListTests {
    static let cases: [(entry: String, expected: [Participant])] = [
        (
            "Anne Holm (A)   Ole Berg (V)",
            [Participant(name: "Anne Holm", status: .present), Participant(name: "Ole Berg", status: .present)]
        ),
        (
            "Mette, Søren, Ida, Rasmus.",
            ["Mette", "Søren", "Ida", "Rasmus"].map { Participant(name: $0, status: .present) }
        ),
        ("15 incl. bestyrelsen", []),
        ("Hanne Berg (A) - formand", [Participant(name: "Hanne Berg", role: "formand", status: .present)]),
    ]

    @Test(arguments: cases.indices) func parses(_ i: Int) {
        let c = Self.cases[i]
        #expect(ParticipantParserTests.parser.people(in: c.entry, status: .present) == c.expected, "\(c.entry)")
    }

    @Test func nextMeetingIsNeitherParticipantNorDate() {
        let meeting = ItemDetectionTests.segment(
            """
            Referat for bestyrelsesmøde
            Til stede: Mette, Søren, Ida.
            Afbud: Rasmus.
            Næste møde: 5. maj 2024.
            ~0 1. Godkendelse af referat
            ~20> Referatet blev godkendt og underskrevet af alle fremmødte medlemmer af bestyrelsen.
            ~0 2. Eventuelt
            ~20> Intet.
            """
        ).meeting
        #expect(meeting.participants.map(\.name) == ["Mette", "Søren", "Ida", "Rasmus"])
        #expect(meeting.participants.map(\.status) == [.present, .present, .present, .absent])
        #expect(meeting.date == nil)
    }
}
