/// Small string helpers shared by the parsers: whitespace, bullets, phrases (vocabulary prefixes: `PrefixMatcher`).
enum TextMatching {
    /// Characters that open a bullet line, including the private-use glyphs Symbol and Wingdings fonts map to.
    static let bulletCharacters: Set<Character> = [
        "•", "\u{F0B7}", "\u{F0A7}", "\u{F076}", "\u{F0D8}", "\u{F0FC}", "\u{F0A8}", "▪", "■", "◦", "●", "○", "·", "➢",
        "►", "✓", "-", "–", "—", "*",
    ]

    /// Trimmed, with runs of whitespace collapsed to one space.
    static func clean(_ text: some StringProtocol) -> String {
        let result = byteClean(text) ?? characterClean(text)
        assert(result == characterClean(text), "byte scan differs from Character split")
        return result
    }

    /// `clean` by its definition, for text the byte scan leaves to characters.
    private static func characterClean(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `clean` on UTF-8 bytes (see `WhitespaceScan`), or nil when characters must decide.
    private static func byteClean(_ text: some StringProtocol) -> String? {
        var result: String?
        var unchanged = false
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            if WhitespaceScan.isClean(bytes) {
                unchanged = true
                return
            }
            guard let words = WhitespaceScan.words(bytes) else { return }
            var length = max(0, words.count - 1)
            for w in words { length += w.count }
            // Text that is clean already (most lines: one-byte gaps that are spaces) is returned as it is.
            if length == bytes.count, words.dropFirst().allSatisfy({ bytes[$0.lowerBound - 1] == 0x20 }) {
                unchanged = true
                return
            }
            result = String(unsafeUninitializedCapacity: length) { out in
                var n = 0
                for (k, w) in words.enumerated() {
                    if k > 0 {
                        out[n] = 0x20
                        n += 1
                    }
                    for i in w {
                        out[n] = bytes[i]
                        n += 1
                    }
                }
                return n
            }
        }
        return unchanged ? String(text) : result
    }

    /// The text after a leading bullet, or nil if the line does not start with one. A dash counts only
    /// when followed by a space, so "-5 grader" is not a bullet.
    static func bulletBody(_ text: String) -> String? {
        // Most lines start with a letter or digit. An ASCII first byte other than whitespace, "-" and "*" starts
        // the first character of the cleaned text too, and no bullet character starts with it.
        // Likewise a Latin letter (lead bytes C3 to C9: U+00C0 to U+027F, "Æ", "Ø", "Å"), which no bullet is.
        if let byte = text.utf8.first, byte < 0x80 ? !mayStartBullet(byte) : (0xC3...0xC9).contains(byte) {
            assert(characterBulletBody(text) == nil, "byte test ruled out a bullet")
            return nil
        }
        return characterBulletBody(text)
    }

    /// Whether an ASCII byte may begin a bullet line: an ASCII bullet, or whitespace before a bullet.
    private static func mayStartBullet(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func characterBulletBody(_ text: String) -> String? {
        let t = clean(text)
        guard let first = t.first, bulletCharacters.contains(first) else { return nil }
        let rest = t.dropFirst()
        if "-–—*".contains(first), !(rest.first?.isWhitespace ?? false) { return nil }
        return clean(rest)
    }

    /// Whether `phrase` occurs in `text` as whole words (case-insensitive); returns the range in `text`.
    static func find(_ phrase: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        find(Phrase(phrase), in: text, from: start)
    }

    /// `find` with the phrase prepared once (vocabulary phrases: `SegmentationVocabulary.Matchers`).
    static func find(_ phrase: Phrase, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        var lowered: String?
        return find(phrase, in: text, from: start, lowered: &lowered)
    }

    /// `find` for several phrases or places in one text: `lowered` keeps the text lower-cased once (nil until a
    /// search needs it).
    static func find(_ phrase: Phrase, in text: String, from start: String.Index?, lowered: inout String?)
        -> Range<String.Index>?
    {
        guard PhraseFilter.mayOccur(phrase, in: text) else {
            assert(search(phrase, in: text, from: start, lower: text.lowercased()) == nil, "filter ruled out a match")
            return nil
        }
        if lowered == nil { lowered = text.lowercased() }
        return search(phrase, in: text, from: start, lower: lowered!)
    }

    private static func search(_ phrase: Phrase, in text: String, from start: String.Index?, lower: String)
        -> Range<String.Index>?
    {
        guard CharacterCount.of(lower) == CharacterCount.of(text) else { return nil }
        var from = start ?? text.startIndex
        while let r = PlainSearch.range(of: phrase.lower, in: lower, from: from) {
            let before = r.lowerBound == lower.startIndex ? nil : lower[lower.index(before: r.lowerBound)]
            let after = r.upperBound == lower.endIndex ? nil : lower[r.upperBound]
            if (phrase.edgeBefore || !(before?.isLetter ?? false)) && (phrase.edgeAfter || !(after?.isLetter ?? false))
            {
                return r
            }
            from = lower.index(after: r.lowerBound)
        }
        return nil
    }

    /// Trailing punctuation and dashes trimmed that end a title or name but are not part of it.
    static func trimTrailing(_ text: some StringProtocol, keepingPeriod: Bool = false) -> String {
        var t = clean(text)
        // Most texts end in a letter or digit: an ASCII last byte that is neither whitespace nor stripped ends a
        // last character that is neither (a character is whitespace by its first scalar, stripped ones are one).
        if let byte = t.utf8.last, byte < 0x80, !(0x09...0x0D).contains(byte),
            !":,;.- ".utf8.contains(byte) || (keepingPeriod && byte == UInt8(ascii: "."))
        {
            return t
        }
        let strip = keepingPeriod ? trailingExceptPeriod : trailing
        while let last = t.last, strip.contains(last) || last.isWhitespace { t.removeLast() }
        return t
    }

    private static let trailing: Set<Character> = [":", ",", ";", ".", "-", "–", "—"]
    private static let trailingExceptPeriod: Set<Character> = [":", ",", ";", "-", "–", "—"]

    /// Leading punctuation and dashes trimmed.
    static func trimLeading(_ text: some StringProtocol) -> String {
        let cleaned = clean(text)
        // Most texts start with a letter or digit: an ASCII first byte that is neither whitespace nor trimmed
        // starts a first character that is neither (a character is whitespace by its first scalar).
        if let byte = cleaned.utf8.first, byte > 0x20, byte < 0x80, !":,;.-".utf8.contains(byte) { return cleaned }
        var t = Substring(cleaned)
        while let first = t.first, ":,;.-–—".contains(first) || first.isWhitespace { t = t.dropFirst() }
        return String(t)
    }

    /// `text.split(separator: separator)` for an ASCII separator (",", "("): on bytes where every scalar is a
    /// character of its own (see `CharacterCount`), by characters elsewhere.
    static func split(_ text: String, at separator: Character) -> [Substring] {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            guard let byte = separator.asciiValue, CharacterCount.scalarCount(bytes) != nil else { return nil }
            let utf8 = text.utf8
            func part(_ range: Range<Int>) -> Substring {
                text[
                    utf8.index(
                        utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                            utf8.startIndex, offsetBy: range.upperBound)]
            }
            var parts: [Substring] = []
            var start = 0
            for i in 0..<bytes.count where bytes[i] == byte {
                if i > start { parts.append(part(start..<i)) }
                start = i + 1
            }
            if bytes.count > start { parts.append(part(start..<bytes.count)) }
            return parts
        }
        let result = (fast ?? nil) ?? text.split(separator: separator)
        assert(result == text.split(separator: separator), "byte split differs from Character split")
        return result
    }

    /// `words(text).count`, without building the words.
    static func wordCount(_ text: some StringProtocol) -> Int {
        let fast = text.utf8.withContiguousStorageIfAvailable { WhitespaceScan.words($0)?.count }
        let result = (fast ?? nil) ?? words(text).count
        assert(result == words(text).count, "byte count differs from the words")
        return result
    }

    /// Words of the text, split at whitespace.
    static func words(_ text: some StringProtocol) -> [Substring] {
        let string = String(text)
        let fast = string.utf8.withContiguousStorageIfAvailable { bytes in
            WhitespaceScan.words(bytes)?.map { w in
                let utf8 = string.utf8
                return string[
                    utf8.index(
                        utf8.startIndex, offsetBy: w.lowerBound)..<utf8.index(
                            utf8.startIndex, offsetBy: w.upperBound)]
            }
        }
        let result = fast.flatMap { $0 } ?? string.split(whereSeparator: { $0.isWhitespace })
        assert(result == string.split(whereSeparator: { $0.isWhitespace }), "byte scan differs from Character split")
        return result
    }

    /// Whether the text ends a sentence.
    static func endsSentence(_ text: String) -> Bool {
        // An ASCII last byte that is not whitespace ends the cleaned text too; it is the whole last character
        // unless a non-ASCII scalar (a prepended mark) stands right before it.
        let utf8 = text.utf8
        if let last = utf8.last, last > 0x20, last < 0x80 {
            let ends = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            if !ends || utf8.count == 1 || utf8[utf8.index(utf8.endIndex, offsetBy: -2)] < 0x80 {
                assert(ends == characterEndsSentence(text), "byte test differs")
                return ends
            }
        }
        return characterEndsSentence(text)
    }

    /// `text.hasSuffix(":")`, by the last byte when it is ASCII (and, for a colon, an ASCII byte precedes it, so
    /// no prepended mark joins it).
    static func endsWithColon(_ text: String) -> Bool {
        let utf8 = text.utf8
        if let last = utf8.last, last < 0x80,
            last != UInt8(ascii: ":") || utf8.count == 1 || utf8[utf8.index(utf8.endIndex, offsetBy: -2)] < 0x80
        {
            assert((last == UInt8(ascii: ":")) == text.hasSuffix(":"), "byte test differs")
            return last == UInt8(ascii: ":")
        }
        return text.hasSuffix(":")
    }

    private static func characterEndsSentence(_ text: String) -> Bool {
        guard let last = clean(text).last else { return false }
        return ".!?".contains(last)
    }
}
