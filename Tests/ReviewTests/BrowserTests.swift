import DocumentModel
import Foundation
import Review
import Testing

/// Loads review pages in headless Chromium and checks the boxes in the rendered DOM.
@Suite(.enabled(if: Chromium.path != nil, "Chromium is missing (apt-get install -y chromium): browser tests skip"))
struct BrowserTests {
    func render(_ fixture: URL, name: String) throws -> (dom: String, document: Document, file: URL) {
        let folder = try ReviewFixtures.temporaryFolder(name)
        let (html, document) = try ReviewFixtures.reviewHTML(fixture)
        let file = folder.appendingPathComponent("\(name).html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        return (try Chromium.dumpDOM(of: file), document, file)
    }

    @Test func everyItemHasItsBoxesOnItsPagesInTheRenderedPage() throws {
        let (dom, document, file) = try render(ReviewFixtures.chefforum, name: "chefforum")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(dom.contains("data-review-ready=\"true\""))
        let summary = try #require(RenderedSummary(dom: dom), "the page's script stamped no summary")
        #expect(summary.outside.isEmpty, "boxes outside their page: \(summary.outside)")
        let items = try #require(document.minutes?.items)
        #expect(summary.items.count == items.count)
        for (index, item) in items.enumerated() {
            let rendered = try #require(summary.items[String(index)], "item \(item.number) has no boxes")
            #expect(rendered.number == item.number)
            #expect(Set(rendered.pages) == Set(item.pages.first...item.pages.last), "item \(item.number)")
            #expect(rendered.roles["heading"] == 1, "item \(item.number)")
        }
        for kind in ["item", "section", "header", "furniture", "link"] {
            #expect((summary.kinds[kind] ?? 0) > 0, "no \(kind) boxes rendered")
        }

        // Choosing an item (here through the address, as a link from elsewhere would) highlights its boxes.
        var chosen = URLComponents(url: file, resolvingAgainstBaseURL: false)!
        chosen.fragment = "item-1"
        let focused = try Chromium.dumpDOM(of: chosen.url!)
        #expect(focused.contains(/<body[^>]*class="focus"/))
        let selected = focused.matches(of: /class="[^"]*\bselected\b[^"]*"[^>]*data-item-index="(\d+)"/)
        #expect(!selected.isEmpty)
        #expect(selected.allSatisfy { $0.output.1 == "1" })

        let screenshot = "/tmp/referent-review-chefforum.png"
        try Chromium.screenshot(of: file, to: screenshot)
        #expect(FileManager.default.fileExists(atPath: screenshot))
        print("review screenshot: \(screenshot)")
    }

    @Test func hostileTextRendersAsTextAndRunsNothing() throws {
        let (dom, _, file) = try render(ReviewFixtures.script, name: "script")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let summary = try #require(RenderedSummary(dom: dom), "the page's script stamped no summary")
        #expect(summary.outside.isEmpty)
        #expect(summary.scripts == 1, "only the page's own script")
        #expect(summary.handlers == 0, "no element has an inline event handler")
        #expect(summary.images == 1, "the page image only")
        #expect(dom.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(
            dom.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                || dom.contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;"))
        let screenshot = "/tmp/referent-review-script.png"
        try Chromium.screenshot(of: file, to: screenshot, height: 1100)
        print("review screenshot: \(screenshot)")
    }
}
