/// Running text from lines: lines of one paragraph joined with a space, paragraphs separated by "\n",
/// bullet lines kept as "• …".
enum ParagraphText {
    static func paragraphs(_ lines: some Collection<SourceLine>, layout: DocumentLayout) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in lines {
            var text = line.text
            let bullet = layout.bulletBody(of: line)
            if let body = bullet { text = "• " + body }
            if line.startsParagraph || bullet != nil, !current.isEmpty {
                result.append(current.joined(separator: " "))
                current = []
            }
            current.append(text)
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    static func join(_ lines: some Collection<SourceLine>, layout: DocumentLayout) -> String {
        paragraphs(lines, layout: layout).joined(separator: "\n")
    }
}
