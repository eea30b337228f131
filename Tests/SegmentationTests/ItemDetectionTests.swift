import DocumentModel
import Testing

@testable import Segmentation

/// Targeted cases for choosing agenda items: each script must give exactly the listed (number, title).
@Suite struct ItemDetectionTests {
    static func items(_ script: String) -> [AgendaItem] { segment(script).items }
    static func segment(_ script: String) -> Minutes {
        Segmenter(config: .standard).segment(PageBuilder.pages(script), metadata: DocumentMetadata())
    }
    static func numbered(_ script: String) -> [String] { items(script).map { "\($0.number) \($0.title)" } }

    static let cases: [(name: String, script: String, expected: [String])] = [
        (
            "numbered list inside an item",
            """
            # 1. Godkendelse af dagsorden
            Dagsordenen blev godkendt.
            # 2. Budget
            Det indstilles, at udvalget:
            1. Tager orienteringen til efterretning.
            2. Godkender budgettet for næste år med de ændringer, der fremgår af sagen.
            3. Sender sagen videre til byrådet.
            # 3. Eventuelt
            Intet.
            """,
            ["1 Godkendelse af dagsorden", "2 Budget", "3 Eventuelt"]
        ),
        (
            "dates and ordinals at line start",
            """
            # 1. Orientering
            Der afholdes møde for alle hold, og formanden sender invitationen ud senest to uger før den
            16. november afholdes der forældremøde. Næste møde holdes efter planen i
            2. halvår af 2024 og skal bruges på at finde flere frivillige trænere.
            1 gang årligt afholdes der møde med forældrene.
            # 2. Eventuelt
            """,
            ["1 Orientering", "2 Eventuelt"]
        ),
        (
            "table of contents before the bodies",
            """
            = Referat
            Indholdsfortegnelse
            1. Godkendelse af dagsorden ........................ 2
            2. Meddelelser ..................................... 2
            3. Eventuelt ....................................... 3
            ---
            # 1. Godkendelse af dagsorden
            Godkendt.
            # 2. Meddelelser
            Ingen.
            # 3. Eventuelt
            Intet.
            """,
            ["1 Godkendelse af dagsorden", "2 Meddelelser", "3 Eventuelt"]
        ),
        (
            "agenda list without leaders, bodies repeat the titles",
            """
            = Referat
            Dagsorden
            1. Godkendelse af dagsorden
            2. Meddelelser
            # 1. Godkendelse af dagsorden
            Godkendt.
            # 2. Meddelelser
            Ingen.
            """,
            ["1 Godkendelse af dagsorden", "2 Meddelelser"]
        ),
        (
            "heading over two lines",
            """
            # 1. Orientering om møde i Direktørforum den 16. november og 9. december
            #> 2022
            Den 9. december blev der afholdt et ekstraordinært møde.
            # 2. Status fra projektet (Forebyggelse og bedre sammenhæng) og perspektiver på et nyt projekt
            #> ved Hanne Hansen og Ole Olsen
            Emnet blev drøftet.
            """,
            [
                "1 Orientering om møde i Direktørforum den 16. november og 9. december 2022",
                "2 Status fra projektet (Forebyggelse og bedre sammenhæng) og perspektiver på et nyt projekt",
            ]
        ),
        (
            "Punkt N: headings",
            """
            # Punkt 3: Kvalitetsrapport for folkeskolerne
            Sagsnr.: 23-019877
            Resumé
            Kommunalbestyrelsen skal hvert andet år drøfte og tage stilling til skolevæsenets kvalitetsrapport,
            > som udarbejdes af forvaltningen på grundlag af de nationale test og trivselsmålinger.
            Beslutning
            Godkendt.
            # Punkt 4: Lukket punkt: Køb af ejendom
            # Punkt 5: Eventuelt
            """,
            ["3 Kvalitetsrapport for folkeskolerne", "4 Køb af ejendom", "5 Eventuelt"]
        ),
        (
            "number alone with the title below",
            """
            # 1.
            #> Godkendelse af dagsorden
            Godkendt.
            # 2.
            #> Valg af dirigent
            Jens Jensen blev valgt.
            """,
            ["1 Godkendelse af dagsorden", "2 Valg af dirigent"]
        ),
        (
            "plain layout, no bold",
            """
            Referat af generalforsamling
            1. Valg af dirigent
            Ove Madsen blev valgt som dirigent.
            2. Bestyrelsens beretning
            Beretningen blev godkendt.
            3. Eventuelt
            Der blev talt om fartdæmpning.
            """,
            ["1 Valg af dirigent", "2 Bestyrelsens beretning", "3 Eventuelt"]
        ),
        (
            "Ad pkt. and paren forms",
            """
            # Ad pkt. 1 Godkendelse af referat
            Godkendt.
            # Ad pkt. 2 Økonomi
            Regnskabet blev fremlagt.
            """,
            ["1 Godkendelse af referat", "2 Økonomi"]
        ),
    ]

    @Test(arguments: cases.indices) func detects(_ index: Int) {
        let c = Self.cases[index]
        #expect(Self.numbered(c.script) == c.expected, "\(c.name)")
    }

    @Test func presenterAndSlot() throws {
        let items = Self.items(
            """
            # 1. Velkomst v/ Mads Hansen – kl. 15.05 – 15.25
            Velkommen.
            # 2. Handleplan ved Hanne Madsen/Henrik Sørensen
            Drøftet.
            # 3. Graviditetsbesøg ved behov
            Drøftet.
            """)
        try #require(items.count == 3)
        #expect(items[0].title == "Velkomst")
        #expect(items[0].presenter == "Mads Hansen")
        #expect(items[0].slot == TimeSlot(start: "15:05", end: "15:25"))
        #expect(items[1].presenter == "Hanne Madsen/Henrik Sørensen")
        #expect(items[2].title == "Graviditetsbesøg ved behov")
        #expect(items[2].presenter == nil)
    }

    @Test func gapIsReported() {
        let minutes = Self.segment(
            """
            # 1. Godkendelse af dagsorden
            Godkendt.
            # 2. Meddelelser
            Ingen.
            # 4. Eventuelt
            Intet.
            """)
        #expect(minutes.items.map(\.number) == ["1", "2", "4"])
        #expect(minutes.diagnostics.contains { $0.code == "items.numbering.gap" })
    }

    @Test func tableOfContentsIsReported() {
        let minutes = Self.segment(Self.cases[2].script)
        #expect(minutes.diagnostics.contains { $0.code == "items.tableOfContents.skipped" })
    }

    @Test func letterHasNoItems() {
        let minutes = Self.segment(
            """
            Ellen Storm
            Åvej 17
            = Vedrørende: Din henvendelse om parkeringstilladelse
            Kære Ellen Storm
            Tak for din henvendelse af 28. februar 2024, hvor du spørger til reglerne for parkeringstilladelse i
            > beboerzonen. Du kan søge om en tilladelse, hvis du har folkeregisteradresse i zonen.
            Ansøgningen skal indeholde:
            * kopi af registreringsattest for bilen
            * eventuel leasingaftale
            1. januar 2025 ændres taksterne.
            Med venlig hilsen
            Nanna Friis
            """)
        #expect(minutes.items.isEmpty)
        #expect(minutes.meeting.title == nil)
        #expect(minutes.meeting.date == nil)
        #expect(minutes.diagnostics.contains { $0.code == "items.none" })
    }

    @Test func emptyInputIsTotal() {
        let minutes = Segmenter().segment([], metadata: DocumentMetadata())
        #expect(minutes.items.isEmpty)
        #expect(minutes.meeting.participants.isEmpty)
    }
}
