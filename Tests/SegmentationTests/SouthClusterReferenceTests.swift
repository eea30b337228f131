import DocumentModel
import Testing

@testable import Segmentation

/// The third reference minutes (a cluster's professional-strategic level), rebuilt as normalised pages: title
/// line, label-above-value header, "Dagsorden:" heading the item bodies, numbered lists inside an item.
@Suite struct SouthClusterReferenceTests {
    static let script = """
        = REFERAT: Sundhedsklynge Syd Faglig Strategisk Niveau
        | Emne: | Møde 2, 2023 SSFSN
        | Deltagere:
        Sygeplejefagligdirektør Lisbeth Kjær Lagoni, Aalborg Universitetshospital
        Direktør Eva Sejersdal Knudsen, Region Nordjylland – afbud
        Direktør Charlotte Larsen, Rebild Kommune – afbud i stedet deltager Lotte Holt Worup
        Direktør Anne Krøjer, Vesthimmerlands Kommune
        Direktør Søren Aalund, Mariagerfjord Kommune
        Direktør Jan Mainz, Psykiatrien – afbud i stedet deltager Vicedirektør Maj Skårhøj,
        > Psykiatrien
        Overlæge Jan Nybo, Chef for det Nære Sundhedsvæsen - Aalborg Universitetshospital
        Kontorchef Daniel Kjærgaard Simonsen, Region Nordjylland
        Torben Pedersen, Repræsentant PIU
        Lisbeth Larsen, Repræsentant PIU – afbud
        Andreas. K. Toft, PLO
        Anne Wigh, PLO
        Leder af Sund Info Lise Søndergaard, Regional sekretær
        Specialkonsulent Inge Kjær Andersen, Kommunal sekretær
        | Observatør:
        Konsulent Camilla Donslund, PLO
        | Gæster som deltager
        AC -Fuldmægtig Mathilde Hougaard Madsen – punkt 1,2,3 og 4
        | Mødedato:
        | Tid og sted:
        Onsdag den 24.maj 2023 kl.13.00 til kl.15.00
        > Regionshuset mødelokale A
        Dagsorden:
        # 1. Velkomst og godkendelse af dagsorden ved Søren Aalund
        Det indstilles:
        At dagsorden godkendes.
        Der blev budt velkommen til Torben Pedersen og dagsorden blev godkendt.
        # 2. Status fra arbejdet i driftsgruppen ved Maj Skårhøj
        Bilag: Referat af møde
        Det indstilles:
        At orientering tages til efterretning.
        Maj Skårhøj orienterede om, at der har været fokus på:
        * Den politiske sundhedsaftale
        * Udvalgte samarbejdsaftaler, jf. årshjulet
        Orienteringen blev taget til efterretning.
        # 3. Møde i den politiske sundhedsklynge ved Søren Aalund
        På det seneste møde i den politiske sundhedsklynge blev der vedtaget en politisk handleplan og flere af
        > tiltagene skal udmøntes eller præciseres til det kommende møde i juni måned.
        Bilag:
        * Udkast til dagsorden til næste møde i den politiske sundhedsklynge syd
        * Sundhedsklynge Syds handleplan
        * Status fra Driftsforum for børne- og ungepsykiatri
        Det indstilles
        At de næste skridt i forhold til den politiske handleplan drøftes og besluttes
        Søren indledte punktet med et par overvejelser. Emnet blev drøftet.
        # 4. Status fra FOBS (Forebyggelse og bedre sammenhæng) og perspektiver på et nyt projekt
        #> ved Hanne Thorsager og Ole Jensen
        På mødet gives der en kort opsummering af projektet samt anbefalinger til, hvad der kan arbejdes med i
        > et nyt projekt, jf. den politiske handleplan (bilag til punkt 3)
        Det indstilles:
        At FOBS-projektet lukkes ned
        ---
        Emnet blev drøftet. Indstillingen om formel lukning af FOBS-projektet blev godkendt.
        # 5. Program for seminar i aug. ved Inge Kjær Andersen
        Der er aftalt 12-12 seminar i august måned.
        * Akutplanen
        Det indstilles
        At input til emner drøftes
        Der var opbakning til de to forslag.
        # 6. Invitation til indstilling af nye Nationale Lærings- og Kvalitetsteams ved Søren Aalund
        Som del af Det Nationale Kvalitetsprogram, som er aftalt mellem Regeringen, Danske Regioner og KL i
        > Økonomiaftalerne for 2016, blev det besluttet at igangsætte en række lærings- og kvalitetsteams (LKT).
        Indstillingsproces
        Et LKT kan etableres med fokus på et defineret område, på en specifik diagnose eller med udgangspunkt.
        Bilag: Værd at vide og invitation med skabelon
        Det indstilles
        At det drøftes om der er et projekt, som skal indstilles
        Sagen blev drøftet og der var enighed om at klyngen ikke indstiller nogen projekter.
        # 7. Orientering om Vesthimmerlands kommunes udtrædelse af Sundhedsaftalen om forældreuddannelse
        #> ved Daniel Simonsen
        Vesthimmerlands Kommune har den 16. februar 2023 orienteret Koordineringsgruppen om, at kommunen,
        > efter beslutning i Børne- og Familieudvalget den 31. januar 2023, træder ud af Samarbejdsaftalen.
        Sundhedsplejen vil, forudsat at der er fuld normering i småbørnsteamet, tilbyde følgende:
        1. Graviditetsbesøg ved behov til alle førstegangsfødende, herunder drøftelser om graviditet,
        > forventninger til amning og den første tid med barnet.
        2. 8-10 måneders besøg til alle forældre.
        3. Hjælp til mødregruppe-dannelse.
        4. 1 besøg i Center for Børne- og Ungesundhed med fokus på motorisk udvikling og forældrenes støtte
        > hertil (også flergangsforældre).
        5. Baby Café i samarbejde med Barnets Blå Hus (tilbydes også ved begrænset normering).
        Det indstilles
        At orientering tages til efterretning
        Orientering blev taget til efterretning.
        # 8. Evt.
        Intet til referat
        Punkter til kommende møder:
        * National Sundhedsprofil
        Således opfattet IKA og godkendt af LKL og SAA
        """

    static let minutes = Segmenter(config: .standard).segment(
        PageBuilder.pages(script), metadata: DocumentMetadata())

    @Test func items() {
        let expected: [(String, String, String?)] = [
            ("1", "Velkomst og godkendelse af dagsorden", "Søren Aalund"),
            ("2", "Status fra arbejdet i driftsgruppen", "Maj Skårhøj"),
            ("3", "Møde i den politiske sundhedsklynge", "Søren Aalund"),
            (
                "4", "Status fra FOBS (Forebyggelse og bedre sammenhæng) og perspektiver på et nyt projekt",
                "Hanne Thorsager og Ole Jensen"
            ),
            ("5", "Program for seminar i aug.", "Inge Kjær Andersen"),
            ("6", "Invitation til indstilling af nye Nationale Lærings- og Kvalitetsteams", "Søren Aalund"),
            (
                "7", "Orientering om Vesthimmerlands kommunes udtrædelse af Sundhedsaftalen om forældreuddannelse",
                "Daniel Simonsen"
            ),
            ("8", "Evt.", nil),
        ]
        let items = Self.minutes.items
        #expect(items.map(\.number) == expected.map(\.0))
        #expect(items.map(\.title) == expected.map(\.1))
        #expect(items.map(\.presenter) == expected.map(\.2))
    }

    @Test func sections() throws {
        let items = Self.minutes.items
        try #require(items.count == 8)
        #expect(items[0].sections.map(\.kind) == ["recommendation"])
        #expect(items[0].sections[0].label == "Det indstilles:")
        #expect(items[1].attachments == ["Referat af møde"])
        #expect(items[2].attachments.count == 3)
        #expect(items[6].text.contains("\n2. 8-10 måneders besøg til alle forældre.\n"))
        #expect(items[3].pages == PageSpan(first: 1, last: 2) || items[3].pages.first < items[3].pages.last)
    }

    @Test func header() {
        let meeting = Self.minutes.meeting
        #expect(meeting.title == "Sundhedsklynge Syd Faglig Strategisk Niveau")
        #expect(meeting.date == "2023-05-24")
        #expect(meeting.start == "13:00")
        #expect(meeting.end == "15:00")
        #expect(meeting.location == "Regionshuset mødelokale A")
        #expect(
            meeting.fields.map(\.label) == ["Emne", "Deltagere", "Observatør", "Gæster som deltager", "Tid og sted"])
    }

    @Test func participants() {
        let people = Self.minutes.meeting.participants
        func find(_ name: String) -> Participant? { people.first { $0.name == name } }
        #expect(people.count == 18)
        #expect(find("Lisbeth Kjær Lagoni")?.role == "Sygeplejefagligdirektør")
        #expect(find("Eva Sejersdal Knudsen")?.status == .absent)
        #expect(
            find("Charlotte Larsen")
                == Participant(
                    name: "Charlotte Larsen", organisation: "Rebild Kommune", role: "Direktør", status: .absent))
        #expect(find("Lotte Holt Worup")?.status == .present)
        #expect(
            find("Maj Skårhøj")
                == Participant(
                    name: "Maj Skårhøj", organisation: "Psykiatrien", role: "Vicedirektør", status: .present))
        #expect(find("Jan Mainz")?.status == .absent)
        #expect(find("Jan Nybo")?.role == "Overlæge, Chef for det Nære Sundhedsvæsen")
        #expect(find("Lisbeth Larsen")?.status == .absent)
        #expect(find("Camilla Donslund")?.status == .observer)
        #expect(
            find("Mathilde Hougaard Madsen")
                == Participant(
                    name: "Mathilde Hougaard Madsen", organisation: nil, role: "AC -Fuldmægtig", status: .guest))
    }
}
