import DocumentModel
import Testing

@testable import Segmentation

/// Item choice by layout evidence: nesting, attachment lists, documents of two styles, run-in bodies, OCR
/// size jitter and misread numbers. Each script must give exactly the listed (number, title).
@Suite struct LayoutEvidenceTests {
    static let cases: [(name: String, script: String, expected: [String])] = [
        (
            "action lists nested under the agenda, same digits",
            """
            Bestyrelsesmøde
            ~20 1. Rabat og udstyr:
            ~60 1. Orientering; Der er samlet tilbud fra forskellige butikker.
            ~100 1. Formanden lægger tilbuddene på hjemmesiden
            ~20 2. Klubkort
            ~60 1. Laminerede kort
            ~100 1. Kassereren ser på det
            ~20 3. Ansvar for vicevært og instruktører
            ~60 1. Hvad er viceværtens ansvar?
            ~100 1. Et par timers arbejde om ugen
            ~100 2. Døre og vinduer skal kunne lukkes og låses
            ~100 3. Lys skal være i orden
            ~100 4. Bestilling af rengøringsmidler
            ~100 5. Affald skal fjernes
            ~100 6. Planter skal vandes
            ~20 4. Skilt ved indgangen
            ~60 1. Næstformanden undersøger priser
            ~20 5. Eventuelt
            """,
            [
                "1 Rabat og udstyr", "2 Klubkort", "3 Ansvar for vicevært og instruktører", "4 Skilt ved indgangen",
                "5 Eventuelt",
            ]
        ),
        (
            "numbered attachment list under Bilag",
            """
            # 412. Ny idrætspolitik
            Sagsnr.: 24/1234
            Resumé
            Forvaltningen har udarbejdet et udkast til en ny idrætspolitik.
            Bilag
            1 Åben Notat fra temamødet                                    1234/24
            2 Åben Udkast til idrætspolitik                               2345/24
            3 Åben Høringssvar fra foreningerne                           3456/24
            """,
            ["412 Ny idrætspolitik"]
        ),
        (
            "minutes in 10 pt with a letter in larger bold appended",
            """
            ~0,12b Generalforsamling i grundejerforeningen
            ~0 1) Valg af dirigent
            ~15> Som dirigent blev valgt Hans Holm, der konstaterede at generalforsamlingen var lovlig.
            ~0 2) Formandens beretning
            ~15> Der var debat om parkering på vejene og om snerydning af fortovene i vinterperioden.
            ~15> Beretningen blev godkendt og er vedlagt som bilag til dette referat.
            ~0 3) Regnskab
            ~15> Kassereren gennemgik regnskabet, som blev godkendt uden bemærkninger fra salen.
            ~0 4) Eventuelt
            ~15> Der blev spurgt til belysningen på stierne, og bestyrelsen undersøger sagen nærmere.
            ---
            ~0,16 Bestyrelsen har i året arbejdet med en del opgaver både lokalt og med
            ~0,16> kommunen. Vi spurgte blandt andet til kloakforholdene i vores område
            ~0,16> og fik efterfølgende en række spørgsmål fra forvaltningen tilbage.
            ~0,16b 1. Hvilke ejendomme har haft vand i kælderen, og hvornår skete det?
            ~0,16 Vi blev lovet besked i løbet af en uges tid, men svaret trak ud.
            ~0,16b! 1. Det er tydeligt, at dele af den eksisterende kloak har for ringe
            ~0,16b> kapacitet under regn.
            ~0,16b 2. Vi har påbegyndt et stort projekt for hele oplandet, og flere løsninger er i spil.
            ~0,16b 3. Vi kan ikke sige, hvornår der vil ske tiltag, som afhjælper problemerne.
            """,
            ["1 Valg af dirigent", "2 Formandens beretning", "3 Regnskab", "4 Eventuelt"]
        ),
        (
            "OCR size jitter: a body line in capitals after a short heading is body",
            """
            I henhold til vedtægterne var dagsordenen som følger:
            ~20,11 1. Valg af dirigent
            ~38> Ole Hansen blev valgt som dirigent
            ~38> Tyve deltagere var mødt frem
            ~20,11 2. Bestyrelsens beretning
            ~38> Beretningen er vedlagt
            ~20,11 3. Eventuelt
            ~38> Intet
            """,
            ["1 Valg af dirigent", "2 Bestyrelsens beretning", "3 Eventuelt"]
        ),
        (
            "OCR misreads 1. as I.",
            """
            Dagsorden ifølge foreningens love:
            ~20 I. Valg af dirigent
            ~40> Lene Holm blev valgt.
            ~20 2. Bestyrelsens beretning
            ~40> Godkendt.
            ~20 3. Eventuelt
            """,
            ["1 Valg af dirigent", "2 Bestyrelsens beretning", "3 Eventuelt"]
        ),
        (
            "an enumeration of recommendations ending in semicolons",
            """
            # 1. Budget
            Direktøren indstiller, at udvalget
            2. Godkender rammen for næste år;
            3. Sender sagen videre til byrådet;
            # 2. Eventuelt
            Intet.
            """,
            ["1 Budget", "2 Eventuelt"]
        ),
        (
            "a number skipped between plain headings of one style (OCR lost it)",
            """
            Dagsorden ifølge foreningens love:
            ~20 1. Valg af dirigent
            ~40> Lene Holm blev valgt.
            ~20 2. Bestyrelsens beretning
            ~40> Godkendt.
            Valg af revisorer:
            ~40> Genvalg.
            ~20 4. Eventuelt
            ~40> Intet.
            """,
            ["1 Valg af dirigent", "2 Bestyrelsens beretning", "4 Eventuelt"]
        ),
        (
            "roman numbering is not a misread one",
            """
            # I. Indledning
            Notatet beskriver baggrunden for sagen.
            # II. Økonomi
            Der er afsat midler i budgettet.
            """,
            []
        ),
    ]

    @Test(arguments: cases.indices) func detects(_ index: Int) {
        let c = Self.cases[index]
        #expect(ItemDetectionTests.numbered(c.script) == c.expected, "\(c.name)")
    }

    @Test func runInBodyIsBodyText() throws {
        let items = ItemDetectionTests.items(
            """
            ~20 1. Vægt til kamp; Det er ufedt, at vi ikke har en vægt. Man kan ikke bruge en badevægt.
            ~20 2. Bordet rundt: Hvem er folk, og hvad er deres baggrund? Alle præsenterede sig.
            ~20 3. Høring: Forslag til lokalplan for området ved Skovvej
            ~40> Udvalget afgav høringssvar.
            ~20! 4. Trøjer med klubbens logo. Skal der være nogle få på lager i klubshoppen, så nye kan
            ~34> købe dem med det samme?
            """)
        try #require(items.count == 4)
        #expect(items[3].text.hasPrefix("Skal der være nogle få"))
        #expect(
            items.map(\.title) == [
                "Vægt til kamp", "Bordet rundt", "Høring: Forslag til lokalplan for området ved Skovvej",
                "Trøjer med klubbens logo",
            ])
        #expect(items[0].text.hasPrefix("Det er ufedt"))
        #expect(items[1].text.hasPrefix("Hvem er folk"))
    }
}
