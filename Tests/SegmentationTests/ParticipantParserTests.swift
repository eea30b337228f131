import DocumentModel
import Testing

@testable import Segmentation

/// One participant entry as printed → the people it names.
@Suite struct ParticipantParserTests {
    static var parser: ParticipantParser {
        ParticipantParser(vocabulary: .standard, wrapSlack: 45, rightMargin: { _ in 540 })
    }

    static let cases: [(entry: String, status: Participant.Status, expected: [Participant])] = [
        (
            "Direktør Charlotte Larsen, Rebild Kommune – afbud i stedet deltager Lotte Holt Worup", .present,
            [
                Participant(
                    name: "Charlotte Larsen", organisation: "Rebild Kommune", role: "Direktør", status: .absent),
                Participant(name: "Lotte Holt Worup", status: .present),
            ]
        ),
        (
            "Tina Maria Larsen, på vegne af Alice Aagaard Hagemann, Aalborg Kommune", .present,
            [
                Participant(name: "Tina Maria Larsen", organisation: "Aalborg Kommune", status: .present),
                Participant(name: "Alice Aagaard Hagemann", organisation: "Aalborg Kommune", status: .absent),
            ]
        ),
        (
            "Lars Lejbølle fra Sundhedsplanlægning i Region Nordjylland (under punkt 2)", .guest,
            [
                Participant(
                    name: "Lars Lejbølle", organisation: "Sundhedsplanlægning i Region Nordjylland", status: .guest)
            ]
        ),
        (
            "Hanne Bækgaard (A) - formand", .present,
            [Participant(name: "Hanne Bækgaard", role: "formand", status: .present)]
        ),
        (
            "Børne- og skoledirektør Lene Ravn", .present,
            [Participant(name: "Lene Ravn", role: "Børne- og skoledirektør", status: .present)]
        ),
        (
            "Udvalgssekretær Maria Thygesen (referent)", .present,
            [Participant(name: "Maria Thygesen", role: "Udvalgssekretær, referent", status: .secretariat)]
        ),
        (
            "Karsten Ibsen (formand), Lone Winther, Preben Kragh", .present,
            [
                Participant(name: "Karsten Ibsen", role: "formand", status: .present),
                Participant(name: "Lone Winther", status: .present),
                Participant(name: "Preben Kragh", status: .present),
            ]
        ),
    ]

    @Test(arguments: cases.indices) func parses(_ i: Int) {
        let c = Self.cases[i]
        #expect(Self.parser.people(in: c.entry, status: c.status) == c.expected, "\(c.entry)")
    }
}

/// Where a name starts after a role phrase, with the given-name lexicon as evidence.
@Suite struct TitledNameTests {
    static let cases: [(entry: String, expected: [Participant])] = [
        (
            "Leder af Sundhedsinfo Karen Holm, Regional sekretær",
            [Participant(name: "Karen Holm", role: "Leder af Sundhedsinfo, Regional sekretær", status: .present)]
        ),
        (
            "Chef for Data og Analyse Mette Kjær Lund",
            [Participant(name: "Mette Kjær Lund", role: "Chef for Data og Analyse", status: .present)]
        ),
        (
            "Leder af IT Drift Xiaolong Wang",
            [Participant(name: "Xiaolong Wang", role: "Leder af IT Drift", status: .present)]
        ),
        ("Xiaolong Wang", [Participant(name: "Xiaolong Wang", status: .present)]),
        ("Anne Marie Holm", [Participant(name: "Anne Marie Holm", status: .present)]),
        ("Ellen de Vries", [Participant(name: "Ellen de Vries", status: .present)]),
        (
            "Overlæge Jens Bak, Aalborg Universitetshospital",
            [
                Participant(
                    name: "Jens Bak", organisation: "Aalborg Universitetshospital", role: "Overlæge", status: .present)
            ]
        ),
        (
            "AC -Fuldmægtig Sofie Bak Holm",
            [Participant(name: "Sofie Bak Holm", role: "AC -Fuldmægtig", status: .present)]
        ),
        ("Andreas. K. Holm, PLO", [Participant(name: "Andreas. K. Holm", organisation: "PLO", status: .present)]),
    ]

    @Test(arguments: cases.indices) func parses(_ i: Int) {
        let c = Self.cases[i]
        #expect(ParticipantParserTests.parser.people(in: c.entry, status: .present) == c.expected, "\(c.entry)")
    }
}
