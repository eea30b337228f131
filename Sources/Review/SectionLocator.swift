import DocumentModel

/// Finds where each labelled section of an item begins: the first body line, after the previous section's,
/// that starts with the section's label (compared without case and spacing, since a label may wrap).
enum SectionLocator {
    static func locate(
        _ sections: [Section], in body: [ItemRegions.LineRef], pages: [Page]
    ) -> [(section: Int, line: ItemRegions.LineRef)] {
        var found: [(section: Int, line: ItemRegions.LineRef)] = []
        var from = 0
        for (index, section) in sections.enumerated() {
            guard let label = section.label.map(normalised), !label.isEmpty else { continue }
            let position = body[from...].firstIndex { ref in
                guard let line = ItemRegions.line(ref, in: pages) else { return false }
                let text = normalised(line.text)
                // A label that wraps starts on a line holding only its beginning.
                return text.hasPrefix(label) || (text.count >= 4 && label.hasPrefix(text))
            }
            if let position {
                found.append((index, body[position]))
                from = position + 1
            }
        }
        return found
    }

    /// Lower-cased, without white space: "Det indstilles,  at" and "det indstilles, at" compare equal.
    static func normalised(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }
}
