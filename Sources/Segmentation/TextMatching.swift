/// Small string helpers shared by the parsers: whitespace, bullets, vocabulary prefixes.
enum TextMatching {
    /// Characters that open a bullet line, including the private-use glyphs Symbol and Wingdings fonts map to.
    static let bulletCharacters: Set<Character> = [
        "•", "\u{F0B7}", "\u{F0A7}", "\u{F076}", "\u{F0D8}", "\u{F0FC}", "\u{F0A8}", "▪", "■", "◦", "●", "○", "·", "➢",
        "►", "✓", "-", "–", "—", "*",
    ]

    /// Trimmed, with runs of whitespace collapsed to one space.
    static func clean(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The text after a leading bullet, or nil if the line does not start with one. A dash counts only
    /// when followed by a space, so "-5 grader" is not a bullet.
    static func bulletBody(_ text: String) -> String? {
        let t = clean(text)
        guard let first = t.first, bulletCharacters.contains(first) else { return nil }
        let rest = t.dropFirst()
        if "-–—*".contains(first), !(rest.first?.isWhitespace ?? false) { return nil }
        return clean(rest)
    }

    /// If `text` starts with one of `words` (case-insensitive, longest first) at a word boundary, the word as
    /// printed and the rest.
    /// With `glued`, a word run straight into a capital or digit ("MødeChefforum") also matches.
    static func prefix(of text: String, in words: [String], glued: Bool = false) -> (matched: String, rest: Substring)?
    {
        let sorted = words.sorted { $0.count > $1.count }
        for word in sorted where !word.isEmpty {
            guard text.count >= word.count else { continue }
            let end = text.index(text.startIndex, offsetBy: word.count)
            guard text[..<end].lowercased() == word.lowercased() else { continue }
            if let next = text[end...].first, let last = word.last, last.isLetter || last.isNumber,
                next.isLetter || next.isNumber, !(glued && (next.isUppercase || next.isNumber))
            {
                continue
            }
            return (String(text[..<end]), text[end...])
        }
        return nil
    }

    /// Whether `phrase` occurs in `text` as whole words (case-insensitive); returns the range in `text`.
    static func find(_ phrase: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let lower = text.lowercased()
        guard lower.count == text.count else { return nil }
        var from = start ?? text.startIndex
        while let r = lower.range(of: phrase.lowercased(), range: from..<lower.endIndex) {
            let before = r.lowerBound == lower.startIndex ? nil : lower[lower.index(before: r.lowerBound)]
            let after = r.upperBound == lower.endIndex ? nil : lower[r.upperBound]
            let edgeBefore = phrase.first.map { !$0.isLetter } ?? true
            let edgeAfter = phrase.last.map { !$0.isLetter } ?? true
            if (edgeBefore || !(before?.isLetter ?? false)) && (edgeAfter || !(after?.isLetter ?? false)) {
                return r
            }
            from = lower.index(after: r.lowerBound)
        }
        return nil
    }

    /// Trailing punctuation and dashes trimmed that end a title or name but are not part of it.
    static func trimTrailing(_ text: some StringProtocol, keepingPeriod: Bool = false) -> String {
        var t = clean(text)
        let strip: Set<Character> =
            keepingPeriod ? [":", ",", ";", "-", "–", "—"] : [":", ",", ";", ".", "-", "–", "—"]
        while let last = t.last, strip.contains(last) || last.isWhitespace { t.removeLast() }
        return t
    }

    /// Leading punctuation and dashes trimmed.
    static func trimLeading(_ text: some StringProtocol) -> String {
        var t = Substring(clean(text))
        while let first = t.first, ":,;.-–—".contains(first) || first.isWhitespace { t = t.dropFirst() }
        return String(t)
    }

    /// Words of the text, split at whitespace.
    static func words(_ text: some StringProtocol) -> [Substring] {
        String(text).split(whereSeparator: { $0.isWhitespace })
    }

    /// Whether the text ends a sentence.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = clean(text).last else { return false }
        return ".!?".contains(last)
    }
}
