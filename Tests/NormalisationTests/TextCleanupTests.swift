import DocumentModel
import Testing

@testable import Normalisation

@Suite("Text cleanup")
struct TextCleanupTests {
    @Test(
        "cleans one line",
        arguments: [
            ("Til\u{AD}gængelig\u{AD}heds\u{AD}analysen", "Tilgængelighedsanalysen"),
            ("e\u{FB03}cient \u{FB01}nansiering \u{FB02}ytning", "efficient finansiering flytning"),
            ("\u{F0B7} Udbredelse af IPS", "• Udbredelse af IPS"),
            ("\u{F0A7}\tPunkt", "• Punkt"),
            ("\u{F076} Afkrydset", "• Afkrydset"),
            ("Mødet\u{0007} blev\u{001B} holdt", "Mødet blev holdt"),
            ("  for   meget \t mellemrum  ", "for meget mellemrum"),
            ("Ga\u{030A}rdbutik", "Gårdbutik"),
            ("", ""),
        ])
    func cleans(input: String, expected: String) {
        #expect(TextCleaner.clean(input) == expected)
    }

    @Test func softHyphenAtLineEndIsABreak() {
        let result = TestPages.texts(["Understøttelse af Tilgængelig\u{AD}", "hedsanalysen i klyngen"])
        #expect(result == ["Understøttelse af Tilgængelighedsanalysen", "i klyngen"])
    }

    @Test func linesEmptyAfterCleanupAreDropped() {
        let result = TestPages.texts(["Første linje", "\u{0007} \u{200B} ", "Anden linje"])
        #expect(result == ["Første linje", "Anden linje"])
    }
}
