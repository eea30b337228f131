import Testing

@testable import Review

@Suite struct HTMLBuilderTests {
    @Test(arguments: [
        ("plain tekst æøå", "plain tekst æøå"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("Tom & Jerry's", "Tom &amp; Jerry&#39;s"),
        ("bell\u{7}here", "bell\u{2407}here"),
        ("nul\u{0}del\u{7F}", "nul\u{2400}del\u{2421}"),
        ("tab\tand\nline", "tab\tand\nline"),
        ("c1\u{85}", "c1\u{FFFD}"),
    ])
    func escapesTextAndAttributes(input: String, expected: String) {
        #expect(HTMLBuilder.escape(input) == expected)
    }

    @Test(arguments: [
        ("https://www.rm.dk/x?a=1&b=2", "https://www.rm.dk/x?a=1&b=2"),
        ("HTTP://example.dk", "HTTP://example.dk"),
        ("mailto:klynge@rm.dk", "mailto:klynge@rm.dk"),
        ("  https://example.dk  ", "https://example.dk"),
        ("javascript:alert(1)", nil),
        ("JaVaScRiPt:alert(1)", nil),
        ("data:text/html,<script>", nil),
        ("file:///etc/passwd", nil),
        ("https://exa mple.dk", nil),
        ("/relative", nil),
    ])
    func onlyWebAndMailLinksBecomeHrefs(uri: String, expected: String?) {
        #expect(HTMLBuilder.safeHref(uri) == expected)
    }

    @Test func attributesAreEscapedAndNilOnesLeftOut() {
        var html = HTMLBuilder()
        html.element("div", ["title": "a\"b<c>'d&", "data-item": nil], text: "<b>")
        #expect(html.output == "<div title=\"a&quot;b&lt;c&gt;&#39;d&amp;\">&lt;b&gt;</div>")
    }
}
