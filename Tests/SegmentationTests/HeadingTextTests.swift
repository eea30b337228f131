import DocumentModel
import Testing

@testable import Segmentation

/// An item heading's text → title, presenter and time slot.
@Suite struct HeadingTextTests {
    static let vocabulary = SegmentationVocabulary.standard
    static let scanner = DateTimeScanner(vocabulary: vocabulary)

    static let cases: [(text: String, title: String, presenter: String?, slot: TimeSlot?)] = [
        ("Budget 2025 v/ Mads Holm", "Budget 2025", "Mads Holm", nil),
        ("Budget 2025 v/. Mads Holm", "Budget 2025", "Mads Holm", nil),
        ("Budget 2025 ved Mads Holm og Lene Berg", "Budget 2025", "Mads Holm og Lene Berg", nil),
        ("Budget 2025 Ved: Mads Holm", "Budget 2025", "Mads Holm", nil),
        ("Budget 2025 – oplæg ved Mads Holm", "Budget 2025", "Mads Holm", nil),
        ("Budgetopfølgning. Fremlægges af Mads Holm", "Budgetopfølgning", "Mads Holm", nil),
        ("Budget 2025 v/ Mads Holm (bilag)", "Budget 2025", "Mads Holm", nil),
        ("Budget 2025 (2 bilag)", "Budget 2025", nil, nil),
        (
            "Budget 2025 (bilag) v/ Mads Holm – kl. 15.05-15.25", "Budget 2025", "Mads Holm",
            TimeSlot(start: "15:05", end: "15:25")
        ),
        ("Graviditetsbesøg ved behov", "Graviditetsbesøg ved behov", nil, nil),
        ("Orientering ved formanden", "Orientering ved formanden", nil, nil),
        ("Oplæg ved Mads Holm", "Oplæg ved Mads Holm", nil, nil),
        ("Trafikplan for området ved Skovvej", "Trafikplan for området ved Skovvej", nil, nil),
    ]

    @Test(arguments: cases.indices) func splits(_ i: Int) {
        let c = Self.cases[i]
        let heading = HeadingText(c.text, vocabulary: Self.vocabulary, scanner: Self.scanner)
        #expect(heading.title == c.title, "\(c.text)")
        #expect(heading.presenter == c.presenter, "\(c.text)")
        #expect(heading.slot == c.slot, "\(c.text)")
    }

    @Test func presenterOnTheNextLine() throws {
        let items = ItemDetectionTests.items(
            """
            # 1. Budget 2025
            Oplæg ved Mads Holm
            Budgettet blev gennemgået.
            # 2. Trafikplan
            v/ Lene Berg
            Planen blev drøftet.
            """)
        try #require(items.count == 2)
        #expect(items.map(\.presenter) == ["Mads Holm", "Lene Berg"])
        #expect(items.map(\.title) == ["Budget 2025", "Trafikplan"])
        #expect(items[0].text == "Budgettet blev gennemgået.")
    }
}
