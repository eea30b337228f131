import DocumentModel
import Testing

@testable import Review

@Suite struct ItemRegionsTests {
    func line(_ text: String, page: Int, y: Double) -> Line {
        Line(text: text, box: Rect(x: 70, y: y, width: 400, height: 12), font: .unknown(size: 11), page: page)
    }

    /// Page 1: header, item 1 (two-line heading), item 2 heading; page 2: item 2 continues, item 3.
    func document() -> Document {
        let page1 = Page(
            number: 1, width: 595, height: 842,
            lines: [
                line("Referat", page: 1, y: 60), line("Sted: Regionshuset", page: 1, y: 80),
                line("1. Godkendelse af", page: 1, y: 120), line("dagsorden", page: 1, y: 134),
                line("Dagsordenen blev godkendt.", page: 1, y: 160),
                line("2. Budget", page: 1, y: 200), line("Det indstilles, at", page: 1, y: 220),
                line("budgettet godkendes.", page: 1, y: 234),
            ])
        let page2 = Page(
            number: 2, width: 595, height: 842,
            lines: [
                line("Beslutning", page: 2, y: 60), line("Godkendt.", page: 2, y: 74),
                line("3. Eventuelt", page: 2, y: 300), line("Intet.", page: 2, y: 320),
            ])
        let items = [
            AgendaItem(
                number: "1", title: "Godkendelse af dagsorden", pages: PageSpan(first: 1, last: 1),
                headingBox: Rect(x: 70, y: 120, width: 400, height: 26)),
            AgendaItem(
                number: "2", title: "Budget", pages: PageSpan(first: 1, last: 2),
                sections: [
                    Section(kind: "recommendation", label: "Det indstilles, at", text: "budgettet godkendes."),
                    Section(kind: "decision", label: "Beslutning", text: "Godkendt."),
                ],
                headingBox: Rect(x: 70, y: 200, width: 400, height: 12)),
            AgendaItem(
                number: "3", title: "Eventuelt", pages: PageSpan(first: 2, last: 2),
                headingBox: Rect(x: 70, y: 300, width: 400, height: 12)),
        ]
        let meeting = Meeting(fields: [HeaderField(label: "Sted", value: "Regionshuset")])
        return Document(
            source: SourceInfo(file: "x.pdf", sha256: "", pages: 2), pages: [page1, page2],
            minutes: Minutes(meeting: meeting, items: items))
    }

    @Test func linesBelongToTheItemWhoseHeadingPrecedesThem() {
        let regions = ItemRegions(document: document())
        typealias Ref = ItemRegions.LineRef
        #expect(regions.headerLines == [Ref(page: 1, index: 0), Ref(page: 1, index: 1)])
        #expect(
            regions.regions.map(\.heading) == [
                [Ref(page: 1, index: 2), Ref(page: 1, index: 3)], [Ref(page: 1, index: 5)], [Ref(page: 2, index: 2)],
            ])
        #expect(
            regions.regions.map(\.body) == [
                [Ref(page: 1, index: 4)],
                [Ref(page: 1, index: 6), Ref(page: 1, index: 7), Ref(page: 2, index: 0), Ref(page: 2, index: 1)],
                [Ref(page: 2, index: 3)],
            ])
        let sections = regions.regions[1].sectionLines
        #expect(sections.map(\.section) == [0, 1])
        #expect(sections.map(\.line) == [Ref(page: 1, index: 6), Ref(page: 2, index: 0)])
    }

    @Test func overlayDrawsEachItemOnItsPagesAndTheHeaderFields() {
        let document = document()
        let overlay = PageOverlay(
            document: document, regions: ItemRegions(document: document), options: ReviewOptions())
        let all = overlay.boxes.keys.sorted().flatMap { overlay.boxes[$0]! }
        let item2 = all.filter { $0.kind == .item && $0.item == "2" }
        #expect(Set(item2.map(\.page)) == [1, 2])
        #expect(item2.filter { $0.role == "heading" }.map(\.tag) == ["2"])
        #expect(all.filter { $0.kind == .section }.map(\.tag) == ["recommendation", "decision"])
        #expect(all.filter { $0.kind == .header }.compactMap(\.tag) == ["Sted"])
    }

    @Test func anItemWithoutAHeadingBoxGetsNoBoxesAndDoesNotShiftTheOthers() {
        var document = document()
        document.minutes?.items[1].headingBox = nil
        let regions = ItemRegions(document: document)
        #expect(regions.regions[1].heading.isEmpty)
        #expect(regions.regions[0].body.count == 6)
        #expect(regions.regions[2].heading == [ItemRegions.LineRef(page: 2, index: 2)])
    }
}
