import Emit
import Foundation
import Testing

@testable import Diff

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ReportTests {
    static let changed: DocumentDiff = {
        var items = SampleDocument.standardItems
        let text = SampleDocument.handleplanText.replacingOccurrences(of: "handleplanens", with: "handlingsplanens")
        items[2] = SampleDocument.item("3", "Handleplan for Sundhedsklynge Midt", text: text)
        let new = SampleDocument.document(location: "Regionshuset, mødelokale A", items: items)
        return DocumentDiff(
            document: "region/chefforum.pdf",
            changes: DocumentComparison().changes(from: SampleDocument.document(), to: new))
    }()

    static let results = [
        changed, DocumentDiff(document: "region/uændret.pdf"),
        DocumentDiff(document: "special/<script>&.pdf", error: "no PDF for expected/special/<script>&.json"),
        DocumentDiff(document: "punkt/ny.pdf", isNew: true),
    ]

    @Test func theTextReportPointsAtTheItemAndTheWords() {
        let report = TextReport().render([Self.changed, DocumentDiff(document: "region/uændret.pdf")])
        let expected = [
            "region/chefforum.pdf",
            #"  meeting.location: "Regionshuset" → "Regionshuset, mødelokale A""#,
            #"  items[2] 3. "Handleplan for Sundhedsklynge Midt""#,
            "    text: …forslag til indsatser under [-handleplanens-]{+handlingsplanens+} "
                + "fire indsatsområder, og at…",
            "1 document differs, 1 unchanged",
        ]
        #expect(report == expected.joined(separator: "\n") + "\n")
    }

    @Test func longListsOfAddedElementsAreCounted() {
        let participants = (1...9).map { SampleDocument.participant("Gæst \($0)", status: "guest") }
        let new = SampleDocument.document(
            participants: SampleDocument.document()["meeting"]!["participants"]!.elements + participants)
        let diff = DocumentDiff(
            document: "x.pdf", changes: DocumentComparison().changes(from: SampleDocument.document(), to: new))
        let lines = TextReport().render(diff).split(separator: "\n")
        #expect(lines.count == 1 + TextReport.listedPerList + 1)
        #expect(lines[1] == #"  + meeting.participants[2] "Gæst 1" (guest)"#)
        #expect(lines.last == "  … and 4 more")
    }

    @Test func furnitureChangesAreSummarisedAcrossPages() {
        let old = SampleDocument.document(pages: [
            SampleDocument.page(1, furniture: ["Referat", "Side 1 af 2"]),
            SampleDocument.page(2, furniture: ["Referat", "Side 2 af 2"]),
        ])
        let new = SampleDocument.document(pages: [
            SampleDocument.page(1), SampleDocument.page(2, furniture: ["Referat"]),
        ])
        let diff = DocumentDiff(document: "x.pdf", changes: DocumentComparison().changes(from: old, to: new))
        #expect(
            TextReport().render(diff).split(separator: "\n") == [
                "x.pdf",
                "  pages[].furniture: 3 lines no longer furniture",
                #"    - "Referat" (page-number) on page 1"#,
                #"    - "Side # af #" (page-number) on pages 1–2"#,
            ])
    }

    @Test func theJUnitReportIsWellFormedWithOneTestCasePerDocument() throws {
        let xml = JUnitReport.xml(Self.results)
        #if canImport(FoundationXML)
            let document = try XMLDocument(data: Data(xml.utf8))
            let cases = try document.nodes(forXPath: "//testcase")
            #expect(cases.count == 4)
            #expect(try document.nodes(forXPath: "//testcase/failure").count == 2)
            #expect(try document.nodes(forXPath: "//testcase/error").count == 1)
            let failure = try #require(try document.nodes(forXPath: "//failure").first?.stringValue)
            #expect(failure.contains("[-handleplanens-]{+handlingsplanens+}"))
            let suite = try #require(document.rootElement()?.elements(forName: "testsuite").first)
            #expect(suite.attribute(forName: "errors")?.stringValue == "1")
        #else
            #expect(xml.components(separatedBy: "<testcase ").count == 5)
        #endif
    }

    @Test func theJSONReportIsAListOfChanges() throws {
        let parsed = try JSONSerialization.jsonObject(with: JSONReport.data(Self.results)) as? [[String: Any]]
        let entries = try #require(parsed)
        #expect(
            entries.map { $0["path"] as? String } == [
                "meeting.location", "items[2].sections[0].text", "items[2].text", "", "",
            ])
        #expect(entries.map { $0["kind"] as? String } == ["changed", "changed", "changed", "error", "added"])
        #expect(entries[0]["document"] as? String == "region/chefforum.pdf")
        #expect(entries[0]["old"] as? String == "Regionshuset")
        #expect(entries[0]["new"] as? String == "Regionshuset, mødelokale A")
    }

    @Test func theTallyCountsEveryOutcome() {
        #expect(DiffTally(Self.results).line == "1 document differs, 1 unchanged, 1 new, 1 failed")
    }

    @Test(arguments: [
        ([DocumentDiff(document: "a")], false, DiffVerdict.same),
        ([ReportTests.changed], false, .differs),
        ([ReportTests.changed], true, .same),
        ([DocumentDiff(document: "n", isNew: true)], false, .differs),
        ([ReportTests.changed, DocumentDiff(document: "e", error: "x")], false, .error),
        ([DocumentDiff(document: "e", error: "x")], true, .error),
    ])
    func exitCodes(results: [DocumentDiff], updating: Bool, verdict: DiffVerdict) {
        #expect(DiffVerdict(results, updating: updating) == verdict)
    }

    @Test func theExitCodesAreTheDocumentedOnes() {
        #expect([DiffVerdict.same, .differs, .error].map(\.rawValue) == [0, 1, 2])
    }
}
