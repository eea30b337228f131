import DocumentModel
import Testing

@testable import Normalisation

/// (line ending in a hyphen, next line, expected first line, expected second line)
typealias HyphenCase = (String, String, String, String)

@Suite("Dehyphenation")
struct DehyphenationTests {
    /// Decided by shape and context alone: no lexicon, no other occurrences.
    static let withoutLexicon: [HyphenCase] = [
        (
            "Tina Maria Larsen, på vegne af Alice Ha-", "gemann, Aalborg Kommune",
            "Tina Maria Larsen, på vegne af Alice Hagemann,", "Aalborg Kommune"
        ),
        (
            "Overgangen fra Børne-", "og Ungepsykiatri til voksne", "Overgangen fra Børne-",
            "og Ungepsykiatri til voksne"
        ),
        ("medlem af Social-", "eller Sundhedsudvalget", "medlem af Social-", "eller Sundhedsudvalget"),
        ("Rikke Svenstrup, PLO-", "Nordjylland og andre", "Rikke Svenstrup, PLO-Nordjylland", "og andre"),
        (
            "Udbredelse af IPS for unge 15-17-", "årige i kommunen", "Udbredelse af IPS for unge 15-17-årige",
            "i kommunen"
        ),
        ("en løsning med IT-", "teknisk støtte", "en løsning med IT-teknisk", "støtte"),
        ("send en e-", "mail til sekretariatet", "send en e-mail", "til sekretariatet"),
        ("situationen under COVID-", "19 var svær", "situationen under COVID-19", "var svær"),
        ("Sammenhæng mellem tilbud og Børne-", "Unge psykiatri", "Sammenhæng mellem tilbud og Børne-Unge", "psykiatri"),
        ("Referatet fra mø-", "det den 16. november", "Referatet fra mødet", "den 16. november"),
        ("Analyserne viser -", "som forventet - en stigning", "Analyserne viser -", "som forventet - en stigning"),
        ("Følgende punkter fra Børne-", "• Skoleudvalget", "Følgende punkter fra Børne-", "• Skoleudvalget"),
    ]

    @Test(arguments: withoutLexicon)
    func decidesByShape(_ testCase: HyphenCase) {
        #expect(TestPages.texts([testCase.0, testCase.1]) == [testCase.2, testCase.3])
    }

    @Test func followsTheDocumentsOwnSpelling() {
        // "Tilgængeligheds-analysen" is written with its hyphen elsewhere, "Driftsforum" whole.
        let lines = [
            "Understøttelse af Tilgængeligheds-", "analysen og Drifts-", "forum samt",
            "Tilgængeligheds-analysen i Driftsforum",
        ]
        #expect(
            TestPages.texts(lines) == [
                "Understøttelse af Tilgængeligheds-analysen", "og Driftsforum", "samt",
                "Tilgængeligheds-analysen i Driftsforum",
            ])
    }

    @Test func followsAnInflectedOccurrence() {
        let lines = [
            "For at understøtte arbejdet med Tilgængeligheds-", "analysens anbefalinger", "Tilgængelighedsanalysen",
        ]
        #expect(TestPages.texts(lines).first == "For at understøtte arbejdet med Tilgængelighedsanalysens")
    }

    @Test func recordsEachDecisionWithItsReason() {
        let page = TestPages.normalise([
            TestPages.page(1, TestPages.body(["i Børne-", "og Unge, PLO-", "Nord og mø-", "det"]))
        ])
        .pages[0]
        #expect(page.hyphenation.map(\.result) == ["Børne-", "PLO-Nord", "mødet"])
        #expect(page.hyphenation.map(\.joined) == [false, false, true])
        #expect(page.hyphenation.allSatisfy { !$0.reason.isEmpty })
        // The tail "det" was the whole last line: it moved up and the empty line is gone.
        #expect(page.lines.map(\.text) == ["i Børne-", "og Unge, PLO-Nord", "og mødet"])
    }

    @Test func joinsABreakAcrossPages() {
        let first = TestPages.page(1, TestPages.body(["Mødet blev udsat til for-"], top: 700))
        let second = TestPages.page(2, TestPages.body(["året 2023, hvor planen behandles."], page: 2))
        let pages = TestPages.normalise([first, second]).pages
        #expect(pages[0].lines.map(\.text) == ["Mødet blev udsat til foråret"])
        #expect(pages[1].lines.map(\.text) == ["2023, hvor planen behandles."])
        #expect(pages[0].hyphenation.count == 1)
    }

    @Test func keepsALinkWithItsMovedWord() {
        let link = LineLink(text: "analysen", uri: "https://rn.dk/analyse")
        let lines = [
            TestPages.line("Læs Tilgængeligheds-", y: 100), TestPages.line("analysen her", y: 114, links: [link]),
        ]
        let page = TestPages.normalise([TestPages.page(1, lines)]).pages[0]
        #expect(page.lines[0].links == [LineLink(text: "Tilgængelighedsanalysen", uri: "https://rn.dk/analyse")])
        #expect(page.lines[1].links.isEmpty)
    }
}

@Suite("Dehyphenation with hunspell-da", .enabled(if: TestPages.hasDictionary))
struct LexiconDehyphenationTests {
    static let cases: [HyphenCase] = [
        (
            "Understøttelse af Tilgængelig-", "hedsanalysen i klyngen", "Understøttelse af Tilgængelighedsanalysen",
            "i klyngen"
        ),
        ("fordeling af sundhedsklynge-", "midler i 2024", "fordeling af sundhedsklyngemidler", "i 2024"),
        ("Der var tilslutning her-", "til fra alle", "Der var tilslutning hertil", "fra alle"),
        ("i samarbejde med Kultur-", "og Fritidsudvalget", "i samarbejde med Kultur-", "og Fritidsudvalget"),
        ("programmet vises som tv-", "udsendelse i aften", "programmet vises som tv-udsendelse", "i aften"),
        ("Sundheds- og Kulturforvaltnin-", "gen, Aalborg", "Sundheds- og Kulturforvaltningen,", "Aalborg"),
    ]

    @Test(arguments: cases)
    func decidesWithTheLexicon(_ testCase: HyphenCase) {
        #expect(TestPages.texts([testCase.0, testCase.1], lexicon: TestPages.dictionary) == [testCase.2, testCase.3])
    }

    @Test func compoundPartsWithALinkingLetter() {
        let lexicon = WordSetLexicon(["sundhed", "klynge"])
        let page = TestPages.normalise(
            [TestPages.page(1, TestPages.body(["nye sundheds-", "klynge i syd"]))], lexicon: lexicon)
        #expect(page.pages[0].hyphenation.first?.reason == "compound: parts are words, linking -s-")
    }

    @Test func dictionaryIsMissingSoftly() {
        #expect(HunspellDictionary(path: "/nonexistent/da_DK") == nil)
    }

    @Test func oneDictionaryServesManyThreads() async {
        guard let dictionary = TestPages.dictionary else { return }
        let words = ["Tilgængelighedsanalysen", "hedsanalysen", "Kommune", "mødet", "xqzv"]
        let verdicts = await withTaskGroup(of: [Bool].self) { group in
            for _ in 0..<8 { group.addTask { words.map(dictionary.isWord) } }
            return await group.reduce(into: [[Bool]]()) { $0.append($1) }
        }
        #expect(Set(verdicts) == [[true, false, true, true, false]])
    }
}
