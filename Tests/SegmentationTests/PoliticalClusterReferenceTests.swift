import DocumentModel
import Testing

@testable import Segmentation

/// The second reference minutes (a political cluster meeting), rebuilt as normalised pages with a letterhead.
@Suite struct PoliticalClusterReferenceTests {
    static let script = """
        | Møde | POLITISK KLYNGE MIDT
        | Tid | 16. januar 2020 kl. 13.00-15-00
        | Sted | Repræsentationslokale 1, Boulevarden 13, Aalborg
        | Deltagere | Region Nordjylland
        |> Lene Linnemann, Regionsrådet
        |> Pernille Buhelt, Regionsrådet
        |> Ib Madsen, Regionsrådet
        |> Eva Sejersdal Knudsen, direktør Patientforløb
        |> Jane Pedersen, vicekontorchef (sekretariat)
        |>> Aalborg Kommune
        |> Mads Duedahl, rådmand Sundheds- og Kulturforvaltningen(vært)
        |> Evald Lange Rise, Næstformand Sundheds- og Kulturudvalget
        |> Bente Graversen, direktør, Sundheds- og Kulturforvaltningen
        |> Malene Horsholt, sundhedsstrategisk konsulent (sekretariat),
        |>> Jammerbugt Kommune
        |> Ib Nellemann, formand Social- og Sundhedsudvalget
        |> Diane Aarestrup, næstformand Social- og Sundhedsudvalget
        |> Hanne Madsen, direktør Social, Sundhed og Beskæftigelse,
        |> Henrik Houmøller Sprøgel, Sundheds- og Seniorchef
        |>> PLO
        |> Charlotte Lønskov Jensen, næstformand PLO Nordjylland
        | Afbud | Tage Leegaard, Regionsrådet
        |> Mogens Ove Madsen, Regionsrådet
        | Sagsnr./Dok.nr. | 2019-065072 / 2019-065072-9
        | Referent | Malene Horsholt Jensen
        # 1. Velkommen og præsentation v/ Mads Duedahl
        Mads bød velkommen med ønske om et godt og konstruktivt samarbejde. Der var en præsentationsrunde.
        # 2. Drøftelse af Politisk Klynge MIDTs opgave v/ Mads Duedahl
        a) Drøftelse af opgaver med udgangspunkt i kommissoriet
        b) Beslutning om mødekadence for Politisk Klynge midt
        Bilag: Kommissorium for Politiske Klynger
        Mads indledte punktet med bemærkning om, at hans oplevelse af klyngesamarbejdet var at det fungerede
        > godt i sidste periode. Der var tilslutning hertil.
        Det var enighed om at afholde to møder pr. år. Næste møde i klyngen planlægges efter aftale afholdt i
        > 2. halvår af 2020. Herefter vurderes det, om det er hensigtsmæssigt at lægge det ene møde i forlængelse
        > af Sundhedspolitisk Samling, som forventes afholdt 1. halvår. Denne praksis er besluttet i andre klynger.
        # 3. Orientering fra Klyngestyregruppen MIDT v/ Eva Sejersdal Knudsen
        a) Samarbejdet generelt
        b) Den nye driftsorganisering
        Eva orienterede om, at der i Klynge midt er etableret en smal administrativ klyngestyregruppe.
        * Driftsforum for Voksen Somatik
        * Driftsforum for Voksen Psykiatri
        ---
        # 4. Præsentation af Sundhedskoordinationsudvalgets implementeringsplan v/ Lene Linnemann
        Bilag: Sundhedskoordinationsudvalgets implementeringsplan
        Lene fortalte om baggrunden for implementeringsplanen. Sundhedskoordinationsudvalget (SKU) har
        > besluttet at lægge implementering af Sundhedsaftalen ud i klyngerne.
        # 5. Omsætning af Sundhedsaftalen i praksis
        a) Foreløbig handleplan for Aalborg Kommune
        * Præsentation af foreløbig handleplan v/ Malene Horsholt
        * Drøftelse – hvilke overvejelser giver det anledning til?
        Bilag: Foreløbig handleplan for udmøntning af Sundhedsaftalen i Aalborg Kommune.
        Bilaget er den foreløbige handleplan, som vil være dynamisk gennem aftaleperioden.
        b) Foreløbig handleplan for Jammerbugt Kommune
        * Præsentation af foreløbig handleplan v/ Hanne Madsen/Henrik Sprøgel
        Bilag: Udkast til handleplan for indsatser og projekter i et tværsektorielt perspektiv - Jammerbugt
        > Kommune
        Hanne præsenterede Jammerbugt Kommunes organisatoriske ramme for at arbejde med sundhed.
        c) Regionale initiativer med snitflade til det tværsektorielle samarbejde
        * Orientering om regionale initiativer v/ Eva Sejersdal Knudsen / Jane Pedersen
        # 6. National handleplan mod børn og unges rygning v/ Bente Graversen
        Præsentation af indholdet og efterfølgende drøftelse af hvilke overvejelser handleplanen giver
        > anledning til.
        Bilag: Aftaletekst: National handleplan mod børn og unges rygning
        Bente orienterede kort om handleplanen.
        # 7. Eventuelt
        - Hvad skal på dagsordenen næste gang?
        På baggrund af drøftelse var der enighed om at få en temadrøftelse omkring psykiatri.
        """

    static let minutes: Minutes = {
        var pages = PageBuilder.pages(script)
        pages[0] = pages[0].with(asides: [
            "Sundhedsstrategisk Team", "Sundheds- og Kulturforvaltningen", "Danmarksgade 17", "9000 Aalborg",
            "Init.: MHJE",
        ])
        return Segmenter(config: .standard).segment(pages, metadata: DocumentMetadata())
    }()

    @Test func items() {
        let expected: [(String, String, String?)] = [
            ("1", "Velkommen og præsentation", "Mads Duedahl"),
            ("2", "Drøftelse af Politisk Klynge MIDTs opgave", "Mads Duedahl"),
            ("3", "Orientering fra Klyngestyregruppen MIDT", "Eva Sejersdal Knudsen"),
            ("4", "Præsentation af Sundhedskoordinationsudvalgets implementeringsplan", "Lene Linnemann"),
            ("5", "Omsætning af Sundhedsaftalen i praksis", nil),
            ("6", "National handleplan mod børn og unges rygning", "Bente Graversen"),
            ("7", "Eventuelt", nil),
        ]
        let items = Self.minutes.items
        #expect(items.map(\.number) == expected.map(\.0))
        #expect(items.map(\.title) == expected.map(\.1))
        #expect(items.map(\.presenter) == expected.map(\.2))
    }

    @Test func subitemsAndAttachments() throws {
        let items = Self.minutes.items
        try #require(items.count == 7)
        #expect(
            items[1].subitems == [
                SubItem(label: "a)", title: "Drøftelse af opgaver med udgangspunkt i kommissoriet"),
                SubItem(label: "b)", title: "Beslutning om mødekadence for Politisk Klynge midt"),
            ])
        #expect(items[4].subitems.map(\.label) == ["a)", "b)", "c)"])
        #expect(items[1].attachments == ["Kommissorium for Politiske Klynger"])
        #expect(
            items[4].attachments == [
                "Foreløbig handleplan for udmøntning af Sundhedsaftalen i Aalborg Kommune.",
                "Udkast til handleplan for indsatser og projekter i et tværsektorielt perspektiv - Jammerbugt Kommune",
            ])
        #expect(items[1].text.contains("afholdt i 2. halvår af 2020."))
        #expect(items[6].text.hasPrefix("• Hvad skal på dagsordenen næste gang?\n"))
    }

    @Test func header() {
        let meeting = Self.minutes.meeting
        #expect(meeting.title == "POLITISK KLYNGE MIDT")
        #expect(meeting.date == "2020-01-16")
        #expect(meeting.start == "13:00")
        #expect(meeting.end == "15:00")
        #expect(meeting.location == "Repræsentationslokale 1, Boulevarden 13, Aalborg")
        #expect(meeting.minuteTaker == "Malene Horsholt Jensen")
        #expect(meeting.caseNumber == "2019-065072 / 2019-065072-9")
        #expect(meeting.fields.first == HeaderField(label: "Møde", value: "POLITISK KLYNGE MIDT"))
    }

    @Test func participants() {
        let people = Self.minutes.meeting.participants
        func find(_ name: String) -> Participant? { people.first { $0.name == name } }
        #expect(people.count == 16)
        #expect(people.allSatisfy { !["Region Nordjylland", "Aalborg Kommune", "PLO"].contains($0.name) })
        // Members under a group heading belong to the group; what follows their name is their role in it.
        #expect(find("Lene Linnemann")?.organisation == "Region Nordjylland")
        #expect(find("Lene Linnemann")?.role == "Regionsrådet")
        #expect(find("Jane Pedersen")?.organisation == "Region Nordjylland")
        #expect(find("Jane Pedersen")?.role == "vicekontorchef, sekretariat")
        #expect(find("Eva Sejersdal Knudsen")?.role == "direktør, Patientforløb")
        #expect(find("Eva Sejersdal Knudsen")?.organisation == "Region Nordjylland")
        #expect(find("Malene Horsholt")?.organisation == "Aalborg Kommune")
        #expect(find("Hanne Madsen")?.organisation == "Jammerbugt Kommune")
        #expect(find("Henrik Houmøller Sprøgel")?.role == "Sundheds- og Seniorchef")
        #expect(find("Charlotte Lønskov Jensen")?.role == "næstformand, PLO Nordjylland")
        #expect(find("Charlotte Lønskov Jensen")?.organisation == "PLO")
        #expect(find("Mogens Ove Madsen")?.status == .absent)
        #expect(find("Tage Leegaard")?.status == .absent)
    }
}
