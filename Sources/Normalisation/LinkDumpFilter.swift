import DocumentModel

/// Removes lines that are nothing but a URL (or a wrapped piece of one) repeating a link annotation's
/// target: some makers print the targets of a page's links at its end, which is noise in the text. The
/// link itself stays on the line that holds its anchor words.
struct LinkDumpFilter {
    /// A fragment shorter than this is too weak to match against a URI on its own.
    static let minimumFragmentLength = 8

    func apply(to pages: inout [Page]) {
        let uris = Set(pages.flatMap { page in page.links.map(\.uri) + page.lines.flatMap { $0.links.map(\.uri) } })
            .map(Self.comparable)
        guard !uris.isEmpty else { return }
        for index in pages.indices {
            var kept: [Line] = []
            var previousWasURL = false
            for line in pages[index].lines {
                if isURLDump(line.text, continuing: previousWasURL, uris: uris) {
                    pages[index].furniture.append(Furniture(text: line.text, box: line.box, reason: .repeatedText))
                    previousWasURL = true
                } else {
                    kept.append(line)
                    previousWasURL = false
                }
            }
            pages[index].lines = kept
        }
    }

    private func isURLDump(_ text: String, continuing: Bool, uris: [String]) -> Bool {
        guard !text.isEmpty, !Self.containsSpace(text) else { return false }
        let lowered = text.lowercased()
        let looksLikeURL =
            lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.")
        // A wrapped URL's later pieces need not look like URLs; accept them right after a URL line.
        guard looksLikeURL || (continuing && text.count >= 2) || text.contains("/") else { return false }
        let fragment = Self.comparable(text)
        guard fragment.count >= Self.minimumFragmentLength || continuing else { return false }
        return uris.contains { $0.contains(fragment) }
    }

    /// `text.contains(" ")`, answered from the UTF-8 bytes when they settle it (nearly always): no space
    /// byte means no space, and a space byte between ASCII bytes is a character of its own.
    static func containsSpace(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let space = bytes.firstIndex(of: 0x20) else { return false }
        let before = space > bytes.startIndex ? bytes[bytes.index(before: space)] : 0
        let next = bytes.index(after: space)
        let after = next < bytes.endIndex ? bytes[next] : 0
        if before < 0x80 && after < 0x80 { return true }
        return text.contains(" ")
    }

    /// Lowercased, without scheme and "www.", so a printed "www.rn.dk/x" matches "https://www.rn.dk/x".
    static func comparable(_ uri: String) -> String {
        var value = Substring(uri.lowercased())
        for prefix in ["https://", "http://", "mailto:"] where value.hasPrefix(prefix) {
            value = value.dropFirst(prefix.count)
        }
        if value.hasPrefix("www.") { value = value.dropFirst(4) }
        return String(value)
    }
}
