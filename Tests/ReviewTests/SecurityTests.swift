import Foundation
import Testing

@Suite struct SecurityTests {
    @Test func textFromThePDFIsShownNotRun() throws {
        let (html, document) = try ReviewFixtures.reviewHTML(ReviewFixtures.script)
        #expect(document.minutes?.meeting.title == "<script>alert(1)</script>")
        // The page's own script is the only one.
        #expect(html.components(separatedBy: "<script").count - 1 == 1)
        #expect(html.contains("<script id=\"referent-review\" nonce=\""))
        // Every <img> is a page image; none carries an event handler.
        let tags = html.matches(of: /<img [^>]*>/).map { String($0.output) }
        #expect(tags.allSatisfy { $0.contains("src=\"data:image/png;base64,") && !$0.contains("onerror") })
        // Walking quoted attribute values, so "onerror=" inside a (harmless, escaped) value is not a name.
        #expect(html.matches(of: /<[a-z]+(?:\s+[a-z-]+(?:="[^"]*")?)*\s+onerror\s*=/).isEmpty)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        // Normalisation drops the U+0007 from the lines; the rest of the paragraph is shown, and were a control
        // character left, it would be shown as its picture (HTMLBuilderTests).
        #expect(html.contains("kontroltegn her: ["))
        #expect(html.contains("tegnene &lt; &gt; &amp; &quot; &#39; som skal bevares"))
        #expect(!html.contains("\u{7}"))
    }

    @Test func thePolicyAllowsOnlyTheNoncedScript() throws {
        let (html, _) = try ReviewFixtures.reviewHTML(ReviewFixtures.script)
        let nonce = try #require(html.firstMatch(of: /nonce="([0-9a-f]{32})"/)?.output.1)
        #expect(html.contains("script-src &#39;nonce-\(nonce)&#39;"))
        #expect(html.contains("default-src &#39;none&#39;"))
    }
}
