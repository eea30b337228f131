import DocumentModel
import Foundation
import Testing

@testable import Emit

@Suite struct OutputContractTests {
    /// A document as segmentation would leave it, with hostile text where PDFs put it.
    static func sampleDocument() -> Document {
        var document = Document(
            source: SourceInfo(file: "sub/x.pdf", sha256: String(repeating: "a", count: 64), pages: 2))
        document.pages = [Page(number: 1, width: 595, height: 842), Page(number: 2, width: 595, height: 842)]
        document.pages[0].furniture = [
            Furniture(text: "Side 1 af 2", box: Rect(x: 0, y: 800, width: 50, height: 10), reason: .runningFooter)
        ]
        let meeting = Meeting(
            title: "<script>alert(1)</script>", date: "2020-01-16", start: "13:00", end: nil,
            participants: [Participant(name: "Ane Æbelø", organisation: "Kommune", role: nil, status: .absent)],
            fields: [HeaderField(label: "Tid", value: "16. januar 2020 kl. 13.00")])
        let item = AgendaItem(
            number: "1", title: "\"><img src=x onerror=alert(1)>", presenter: "Bo",
            slot: TimeSlot(start: "15:05", end: "15:25"),
            pages: PageSpan(first: 1, last: 2), subitems: [SubItem(label: "a", title: "Under")],
            sections: [
                Section(kind: "body", label: nil, text: "Tekst\u{07} med klokke"),
                Section(kind: "minutes", label: "Referat:", text: "Godkendt."),
            ],
            attachments: ["Bilag 1"], links: [ItemLink(text: "her", uri: "https://example.org/a?b=c&d=e")],
            text: "Tekst\u{07} med klokke")
        document.minutes = Minutes(meeting: meeting, items: [item], diagnostics: [.warning("x.y", "hm", page: 2)])
        return document
    }

    @Test func xmlValidatesAgainstTheShippedSchema() throws {
        let validator = try XMLSchemaValidator.forContract()
        let xml = XMLWriter.data(OutputContract.value(of: Self.sampleDocument()))
        #expect(validator.errors(in: xml) == [])
    }

    @Test func xmlEscapesMarkupAndDropsControlCharacters() throws {
        let xml = String(decoding: XMLWriter.data(OutputContract.value(of: Self.sampleDocument())), as: UTF8.self)
        #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!xml.contains("<script>"))
        #expect(!xml.contains("\u{07}"))
        #expect(xml.contains("Tekst med klokke"))
        #expect(xml.contains("https://example.org/a?b=c&amp;d=e"))
    }

    @Test func nullsAreExplicitInBothForms() throws {
        let value = OutputContract.value(of: Self.sampleDocument())
        let json = String(decoding: JSONWriter.data(value), as: UTF8.self)
        #expect(json.contains("\"end\": null"))
        #expect(json.contains("\"location\": null"))
        let xml = String(decoding: XMLWriter.data(value), as: UTF8.self)
        #expect(xml.contains("<location xsi:nil=\"true\"/>"))
    }

    @Test func jsonRoundTripsThroughFoundation() throws {
        let data = JSONWriter.data(OutputContract.value(of: Self.sampleDocument()))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schema"] as? String == "referent/1")
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first?["title"] as? String == "\"><img src=x onerror=alert(1)>")
        let slot = try #require(items.first?["slot"] as? [String: Any])
        #expect(slot["start"] as? String == "15:05")
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["file"] as? String == "sub/x.pdf")
        #expect(
            Array(object.keys).sorted() == [
                "diagnostics", "generator", "items", "meeting", "metadata", "pages", "schema", "source",
            ])
    }

    /// Escapes where JSON needs them, and bytes of ordinary letters (è is C3 A8, é is C3 A9, the line
    /// separator is E2 80 A8) left alone unless they form U+2028/U+2029.
    @Test(arguments: [
        "plain", "quote \" backslash \\", "tab\tnew\nline\rbell\u{07}", "è é ø – “”", "line\u{2028}par\u{2029}",
        "emoji 🙂 and ZWJ 👩‍💻",
    ])
    func jsonStringsRoundTrip(_ text: String) throws {
        let data = JSONWriter.data(.array([.string(text)]))
        let raw = String(decoding: data, as: UTF8.self)
        #expect(!raw.contains("\u{2028}") && !raw.contains("\u{2029}") && !raw.contains("\u{07}"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: data) as? [String])
        #expect(decoded == [text])
    }

    @Test func invalidXMLIsReported() throws {
        let validator = try XMLSchemaValidator.forContract()
        #expect(!validator.errors(in: Data("<document><schema>referent/2</schema></document>".utf8)).isEmpty)
        #expect(validator.errors(in: Data("<document>".utf8)) == ["the XML is not well-formed"])
    }
}
