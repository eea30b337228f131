import DocumentModel
import Testing

@testable import Segmentation

/// The first reference minutes (a cluster's management forum), rebuilt as normalised pages.
@Suite struct ChefforumReferenceTests {
    static let script = """
        | Møde | Chefforum – Sundhedsklynge Midt
        | Tid | 15:00 – 17:00
        | Sted | Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst.
        |> Mødelokale B
        | Mødeleder | Daniel Simonsen
        | Deltagere | Daniel Kjærgaard Simonsen, Region Nordjylland (medformand)
        |> Mikkel Grimmeshave, Aalborg Kommune (medformand)
        |> Henriette Lerche, Jammerbugt Kommune
        |> Anette Bilde Toft, Jammerbugt Kommune
        |> Carsten Møller Beck, Aalborg Kommune
        |> Tina Maria Larsen, på vegne af Alice Aagaard Hagemann,
        |> Aalborg Kommune
        |> Jan Nybo, Aalborg Universitetshospital
        |> Maj Skårhøj, Psykiatrien
        |> Mette Bolvig, PLO-K Aalborg Kommune
        |> Rikke Svenstrup, PLO-Nordjylland
        |> Birgitte Kvist, Patientinddragelsesudvalget
        |> Anni Olesen, Patientinddragelsesudvalget
        | Sekretariat | Dorte Rosendal-Meier, Jammerbugt Kommune
        |> Bibi Bording Pedersen, Aalborg Kommune
        |> Mathilde Hougaard Madsen, Region Nordjylland
        | Afbud | Anette Bilde Toft
        | Gæster | Lars Lejbølle fra Sundhedsplanlægning i Region Nordjylland (under punkt 2)
        # 1. Godkendelse af dagsorden
        Referat:
        Daniel bød velkommen til mødet efterfulgt af velkomst til Rikke Svendstrup, PLO-Nordjylland, som er nyt
        > medlem af Chefforum, samt præsentationsrunde.
        Dagsordenen blev godkendt.
        # 2. Orientering om møde i Direktørforum den 16. november og 9. december
        #> 2022
        Den 9. december blev der afholdt et ekstraordinært møde i Direktørforum, som trådte i stedet for det
        > planlagte møde på politisk niveau. Mødet på politisk niveau blev udsat til foråret 2023, idet der på det
        > ordinære møde i Direktørforum 16. november blev truffet beslutning om at afvente med fremlæggelse af
        > handleplanen, da der var ønske om nærmere beskrivelser af forslag til indsatser.
        Det indstilles, at Chefforum:
        1. Tager orienteringen til efterretning.
        Referat:
        Orienteringen blev taget til efterretning.
        # 3. Handleplan for Sundhedsklynge Midt
        På det ekstraordinære møde i Direktørforum 9. december blev det besluttet, at der skal beskrives forslag
        > til indsatser under handleplanens fire indsatsområder:
        Mental sundhed og psykiatriske lidelser
        * Udbredelse af IPS for unge 15-17-årige (Er allerede igangsat i Aalborg Kommune)
        * Erfaringer fra gruppen, der deltager i det nationale ledelsesprogram
        Det indstilles, at Chefforum
        1. Drøfter udkast til handleplanen for Sundhedsklynge Midt
        Referat:
        Udkast til handleplanen blev drøftet, herunder:
        * Claudicatio Intermittens tilføjes forventet økonomi samt data.
        Bilag: Handleplanen for Sundhedsklynge Midt
        ---
        # 4. Slutstatus på Sundhedsaftalen 2019
        I ”Vejledning om sundhedskoordinationsudvalg og sundhedsaftaler” fremgår, at der for den nuværende
        > Sundhedsaftale 2019-2023 skal laves en slutstatus. Denne status skal sendes til Sundhedsstyrelsen til
        > orientering senest et halvt år inden udløb af sundhedsaftalen, dvs. senest den 30. juni
        2023.
        A) Slutstatus på sundhedsaftalens indhold:
        I. Er Sundhedsaftalens vision, pejlemærker og bærende principper oplevet som relevante og dækkende?
        B) Slutstatus på arbejdet med Sundhedsaftalen:
        IV. Er der under hvert pejlemærke 1-2 projekter/indsatser, som klyngen særligt vil fremhæve?
        Det indstilles, at Chefforum:
        1. Drøfter input til slutstatus for nuværende sundhedsaftale pba. ovenstående spørgsmål.
        Referat:
        Sekretariatet udformer et udkast til slutstatus for Sundhedsklynge Midt og rundsender dette til
        > mailhøring i Chefforum.
        # 5. Igangsættelse af hold 2 til Det Nationale Ledelsesprogram
        Det er nu blevet tid til at igangsætte et nyt projekt og hold til Det Nationale Ledelsesprogram.
        Det indstilles, at Chefforum:
        1. Drøfter deltagelse i runde 2 af Det Nationale Ledelsesprogram, samt mulige temaer og opgaver.
        Referat:
        Medlemmerne i Chefforum overvejer temaer til hold 2 og fremsender eventuelle bud senest den 13. februar.
        Bilag:
        * Infofolder 2023-2024
        * Præsentation og opgavebeskrivelse til klyngerne
        * Det Nationale Ledelsesprogram på sundhedsområdet
        # 6. Dagsordenspunkter til Direktørforum 17. februar
        Følgende punkter foreslås til dagsordenen i Direktørforum:
        * Godkendelse af handleplan for Sundhedsklynge Midt
        Det indstilles, at Chefforum:
        1. Drøfter ovenstående forslag til dagsordenen.
        Referat:
        Punktet omkring Mind My Mind tilføjes dagsordenen til Direktørforum.
        ---
        # 7. Dagsordenspunkter til Politisk Niveau den 13. marts
        Følgende punkter foreslås til dagsordenen i Direktørforum:
        * Drøftelse med Patientinddragelsesudvalget
        Jf. bekendtgørelsen, skal sundhedsklyngernes politiske niveau
        1 gang årligt afholde møde med Patientinddragelsesudvalget.
        Sundhedssamarbejdsudvalgets møde den 21. marts, hvor de to udvalg skal drøfte
        1. udkast til ny sundhedsaftale.
        Det indstilles, at Chefforum:
        1. Drøfter ovenstående forslag til dagsorden.
        Referat:
        Forslag til dagsorden blev godkendt.
        # 8. Eventuelt
        """

    static let minutes = Segmenter(config: .standard).segment(
        PageBuilder.pages(script), metadata: DocumentMetadata(title: "Referat"))

    @Test func items() {
        let expected: [(String, String, String?)] = [
            ("1", "Godkendelse af dagsorden", nil),
            ("2", "Orientering om møde i Direktørforum den 16. november og 9. december 2022", nil),
            ("3", "Handleplan for Sundhedsklynge Midt", nil),
            ("4", "Slutstatus på Sundhedsaftalen 2019", nil),
            ("5", "Igangsættelse af hold 2 til Det Nationale Ledelsesprogram", nil),
            ("6", "Dagsordenspunkter til Direktørforum 17. februar", nil),
            ("7", "Dagsordenspunkter til Politisk Niveau den 13. marts", nil),
            ("8", "Eventuelt", nil),
        ]
        let items = Self.minutes.items
        #expect(items.map(\.number) == expected.map(\.0))
        #expect(items.map(\.title) == expected.map(\.1))
        #expect(items.map(\.presenter) == expected.map(\.2))
    }

    @Test func sectionsAndAttachments() throws {
        let items = Self.minutes.items
        try #require(items.count == 8)
        #expect(items[0].sections.map(\.kind) == ["minutes"])
        #expect(
            items[0].sections.first?.text == "Daniel bød velkommen til mødet efterfulgt af velkomst til Rikke "
                + "Svendstrup, PLO-Nordjylland, som er nyt medlem af Chefforum, samt præsentationsrunde.\n"
                + "Dagsordenen blev godkendt.")
        #expect(items[1].sections.map(\.kind) == ["body", "recommendation", "minutes"])
        #expect(items[1].sections[1].label == "Det indstilles, at Chefforum:")
        #expect(items[2].attachments == ["Handleplanen for Sundhedsklynge Midt"])
        #expect(items[4].attachments.count == 3)
        #expect(items[3].subitems.map(\.label) == ["A)", "B)"])
        #expect(items[3].pages.first == items[3].pages.last && items[7].pages.first > items[0].pages.first)
        #expect(items[2].text.contains("\n• Udbredelse af IPS"))
    }

    @Test func header() {
        let meeting = Self.minutes.meeting
        #expect(meeting.title == "Chefforum – Sundhedsklynge Midt")
        #expect(meeting.date == nil)
        #expect(meeting.start == "15:00")
        #expect(meeting.end == "17:00")
        #expect(meeting.location == "Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst. Mødelokale B")
        #expect(meeting.chair == "Daniel Simonsen")
        #expect(Self.minutes.diagnostics.contains { $0.code == "meeting.date.missing" })
    }

    @Test func participants() {
        let people = Self.minutes.meeting.participants
        func find(_ name: String) -> Participant? { people.first { $0.name == name } }
        #expect(people.count == 17)
        #expect(find("Daniel Kjærgaard Simonsen")?.role == "medformand")
        #expect(find("Daniel Kjærgaard Simonsen")?.organisation == "Region Nordjylland")
        #expect(find("Anette Bilde Toft")?.status == .absent)
        #expect(find("Tina Maria Larsen")?.status == .present)
        #expect(find("Tina Maria Larsen")?.organisation == "Aalborg Kommune")
        #expect(find("Alice Aagaard Hagemann")?.status == .absent)
        #expect(find("Bibi Bording Pedersen")?.status == .secretariat)
        #expect(find("Lars Lejbølle")?.status == .guest)
        #expect(find("Lars Lejbølle")?.organisation == "Sundhedsplanlægning i Region Nordjylland")
    }
}
