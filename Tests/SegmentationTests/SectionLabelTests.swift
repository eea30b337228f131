import DocumentModel
import Testing

@testable import Segmentation

/// Sections opened by who recommends: "Direktionen indstiller, at udvalget".
@Suite struct SectionLabelTests {
    static func sections(_ body: String) -> [(kind: String, label: String?, text: String)] {
        let script =
            "# 1. Budget\nSagsfremstilling\nBudgettet for næste år er lagt frem.\n\(body)\n# 2. Eventuelt\nIntet."
        return ItemDetectionTests.items(script).first?.sections.map { ($0.kind, $0.label, $0.text) } ?? []
    }

    @Test(arguments: [
        ("Direktionen indstiller, at udvalget", "godkender budgettet."),
        ("Børne- og Ungeforvaltningen indstiller, at udvalget", "godkender budgettet."),
        ("Økonomiudvalget indstiller til Byrådet,", "at budgettet godkendes."),
    ])
    func aSpeakerAndTheVerbOpenTheRecommendation(_ label: String, _ text: String) {
        let found = Self.sections("\(label)\n\(text)\nBeslutning\nGodkendt.")
        #expect(found.map(\.kind) == ["background", "recommendation", "decision"], "\(found)")
        #expect(found.count == 3 && found[1].label == label && found[1].text == text)
    }

    @Test func aSentenceWithTheVerbStaysInItsSection() {
        let found = Self.sections("Udvalget indstiller sagen til byrådet.\nBeslutning\nGodkendt.")
        #expect(found.map(\.kind) == ["background", "decision"], "\(found)")
        #expect(found.first?.text.hasSuffix("Udvalget indstiller sagen til byrådet.") == true)
    }

    @Test func underARecommendationLabelTheSpeakerIsItsFirstLine() {
        let found = Self.sections(
            "Indstilling\nDirektøren indstiller, at udvalget\ngodkender budgettet.\nBeslutning\nGodkendt.")
        #expect(found.map(\.kind) == ["background", "recommendation", "decision"], "\(found)")
        #expect(found.count == 3 && found[1].label == "Indstilling")
        #expect(found.count == 3 && found[1].text.hasPrefix("Direktøren indstiller, at udvalget"))
    }
}
