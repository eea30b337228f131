import Emit
import Foundation
import Testing

@testable import Diff

@Suite struct DocumentComparisonTests {
    let comparison = DocumentComparison()

    @Test func identicalDocumentsHaveNoChanges() {
        #expect(comparison.changes(from: SampleDocument.document(), to: SampleDocument.document()).isEmpty)
    }

    @Test func aChangedWordIsReportedOnTheItemText() {
        var items = SampleDocument.standardItems
        let text = SampleDocument.handleplanText.replacingOccurrences(of: "handleplanens", with: "handlingsplanens")
        items[2] = SampleDocument.item("3", "Handleplan for Sundhedsklynge Midt", text: text)
        let changes = comparison.changes(from: SampleDocument.document(), to: SampleDocument.document(items: items))
        #expect(changes.map(\.path) == ["items[2].sections[0].text", "items[2].text"])
        #expect(changes.allSatisfy { $0.kind == .changed && $0.scope?.path == "items[2]" })
        #expect(changes.last?.scope?.title == #"3. "Handleplan for Sundhedsklynge Midt""#)
    }

    @Test func aRenumberedItemIsRenumberedNotRemovedAndAdded() {
        // Item 2 is gone; the items after it moved up one number.
        var items = SampleDocument.standardItems
        items.remove(at: 1)
        items[1] = SampleDocument.item("2", "Handleplan for Sundhedsklynge Midt", text: SampleDocument.handleplanText)
        items[2] = SampleDocument.item("3", "Eventuelt", text: "Intet.")
        let changes = comparison.changes(from: SampleDocument.document(), to: SampleDocument.document(items: items))
        #expect(changes.map(\.path) == ["items[1]", "items[1].number", "items[2].number"])
        #expect(changes[0].kind == .removed)
        #expect(changes[0].old?["title"] == .string("Orientering fra formandskabet"))
        #expect(changes[1].old == .string("3") && changes[1].new == .string("2"))
    }

    @Test func aRetitledItemKeepsItsPlace() {
        var items = SampleDocument.standardItems
        items[1] = SampleDocument.item("2", "Orientering fra formanden", text: "Formanden orienterede om samarbejdet.")
        let changes = comparison.changes(from: SampleDocument.document(), to: SampleDocument.document(items: items))
        #expect(changes.map(\.path) == ["items[1].title"])
    }

    @Test func aRemovedItemIsRemoved() {
        var items = SampleDocument.standardItems
        items.removeLast()
        let changes = comparison.changes(from: SampleDocument.document(), to: SampleDocument.document(items: items))
        #expect(changes.count == 1)
        #expect(changes.first?.path == "items[3]" && changes.first?.kind == .removed && changes.first?.new == nil)
    }

    @Test func aParticipantsStatusChangeIsGroupedUnderTheParticipant() {
        let participants = [
            SampleDocument.participant("Mette Holm", status: "absent"), SampleDocument.participant("Anders Lund"),
        ]
        let changes = comparison.changes(
            from: SampleDocument.document(), to: SampleDocument.document(participants: participants))
        #expect(
            changes == [
                Change(
                    path: "meeting.participants[0].status", kind: .changed, old: .string("present"),
                    new: .string("absent"),
                    scope: Scope(path: "meeting.participants[0]", title: #""Mette Holm" (absent)"#))
            ])
    }

    @Test func addedAndRemovedParticipantsAreReportedByName() {
        let participants = [SampleDocument.participant("Anders Lund"), SampleDocument.participant("Rikke Svendstrup")]
        let changes = comparison.changes(
            from: SampleDocument.document(), to: SampleDocument.document(participants: participants))
        #expect(changes.map(\.path) == ["meeting.participants[0]", "meeting.participants[1]"])
        #expect(changes.map(\.kind) == [.removed, .added])
    }

    @Test func aFieldMissingInAnOlderVersionIsAChangeNotACrash() throws {
        let old = try JSONTree.parse(Data(#"{"schema": "referent/1", "meeting": {"title": "Møde"}}"#.utf8))
        let new = try JSONTree.parse(
            Data(#"{"schema": "referent/1", "meeting": {"title": "Møde", "caseNumber": null}, "items": []}"#.utf8))
        let changes = comparison.changes(from: old, to: new)
        #expect(changes.map(\.path) == ["meeting.caseNumber", "items"])
        #expect(changes.allSatisfy { $0.kind == .changed && $0.old == nil })
        #expect(changes[0].new == .null)
    }

    @Test func aValueOfAnotherTypeIsAChange() throws {
        let old = try JSONTree.parse(Data(#"{"items": {"odd": true}}"#.utf8))
        let new = try JSONTree.parse(Data(#"{"items": [1, 2]}"#.utf8))
        #expect(comparison.changes(from: old, to: new).map(\.path) == ["items"])
    }

    @Test func volatileFieldsAreIgnored() {
        let old = SampleDocument.document(file: "/home/ci/fixtures/pdf/region/møde.pdf", version: "0.9.0")
        let new = SampleDocument.document(file: "region/møde.pdf", version: "1.0.0")
        #expect(comparison.changes(from: old, to: new).isEmpty)
    }

    @Test func extraIgnoredFieldsAreIgnoredAtAnyIndex() {
        let new = SampleDocument.document(pages: [SampleDocument.page(1, furniture: ["Side 1 af 2"])])
        #expect(!comparison.changes(from: SampleDocument.document(), to: new).isEmpty)
        let ignoring = DocumentComparison(ignoring: ["pages[].furniture"])
        #expect(ignoring.changes(from: SampleDocument.document(), to: new).isEmpty)
    }

    @Test func aWrittenAndReadOutputEqualsTheValueItWasWrittenFrom() throws {
        // The writer drops a whole number's fraction: 842.0 is read back as 842, which must not differ.
        let value = SampleDocument.document(pages: [
            .object([("number", .int(1)), ("width", .double(595.0)), ("height", .double(842.5))])
        ])
        let read = try JSONTree.parse(JSONWriter.data(value))
        #expect(comparison.changes(from: read, to: value).isEmpty)
        #expect(
            read["pages"] == .array([.object([("number", .int(1)), ("width", .int(595)), ("height", .double(842.5))])]))
    }

    @Test func unreadableJSONIsAnError() {
        #expect(throws: JSONTree.ParseError.self) { try JSONTree.parse(Data("{\"items\": [".utf8)) }
    }
}
