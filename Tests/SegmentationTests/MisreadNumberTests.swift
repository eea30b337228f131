import DocumentModel
import Testing

@testable import Segmentation

/// Item numbers an OCR layer misread: a heading out of sequence fills the one gap it can fill.
@Suite struct MisreadNumberTests {
    @Test(arguments: [
        (3, 5, true), (8, 3, true), (13, 15, true), (7, 1, true), (3, 4, false), (35, 5, false), (5, 5, false),
        (2, 5, false), (33, 55, false),
    ])
    func lookalikeDigits(_ printed: Int, _ expected: Int, _ misread: Bool) {
        #expect(MisreadNumber.couldBeMisread(printed, as: expected) == misread)
    }

    static let agenda = """
        Referat af generalforsamling
        ~20 1. Valg af dirigent
        ~40> Lene Holm blev valgt.
        ~20 2. Bestyrelsens beretning
        ~40> Beretningen blev godkendt.
        ~20 3. Regnskab
        ~40> Regnskabet blev godkendt.
        ~20 4. Indkomne forslag
        ~40> Der var ingen forslag.
        ~20 %@
        ~40> Kontingentet fastholdes.
        ~20 6. Valg til bestyrelsen
        ~40> Alle blev genvalgt.
        ~20 7. Eventuelt
        ~40> Intet.
        """

    @Test func aMisreadNumberBetweenItsNeighboursTakesTheMissingNumber() {
        let minutes = ItemDetectionTests.segment(Self.agenda.replacingOccurrences(of: "%@", with: "3 . Kontingent"))
        #expect(minutes.items.map(\.number) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(minutes.items[4].title == "Kontingent")
        #expect(minutes.diagnostics.contains { $0.code == "items.number.misread" })
        #expect(!minutes.diagnostics.contains { $0.code == "items.numbering.gap" })
    }

    @Test func aNumberThatCannotBeAMisreadingLeavesTheGap() {
        let minutes = ItemDetectionTests.segment(Self.agenda.replacingOccurrences(of: "%@", with: "2 . Kontingent"))
        #expect(minutes.items.map(\.number) == ["1", "2", "3", "4", "6", "7"])
        #expect(minutes.diagnostics.contains { $0.code == "items.numbering.gap" })
    }

    @Test func aListInsideAnItemIsNotTakenForTheMissingItem() {
        let list = "1. Tager orienteringen til efterretning.\n~20 2. Godkender budgettet.\n~20 3. Sender sagen videre."
        let minutes = ItemDetectionTests.segment(Self.agenda.replacingOccurrences(of: "%@", with: list))
        #expect(minutes.items.map(\.number) == ["1", "2", "3", "4", "6", "7"])
    }
}
