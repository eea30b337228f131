import DanishTokenizer

/// A heading run into its body on one line, as board minutes write them: "Vægt til kamp; Det er ufedt at …",
/// "Bordet rundt: Hvem er folk og hvad er deres baggrunde? …". The title is the part before the separator;
/// the rest is body text. After a colon the rest must read as prose (a sentence ends in it), because
/// "Høring: Forslag til lokalplan for Skovvej" is a title in its own right.
enum RunInBody {
    /// A title has at most this many words before the separator.
    static let maxTitleWords = 12
    /// After a semicolon, at least this many words make a body.
    static let minBodyWords = 3
    /// After a colon, a body ending a sentence without an inner sentence break needs this many words.
    static let minProseWords = 8

    /// The title and the body text run into it, or nil when the text is one heading.
    static func split(_ text: String, closedMarkers: [String]) -> (title: String, body: String)? {
        // Without a ";" or ":" byte there is no such character (most headings).
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }) else { return nil }
        var from = text.startIndex
        while let r = text[from...].firstIndex(where: { $0 == ";" || $0 == ":" }) {
            from = text.index(after: r)
            let after = text[from...]
            guard after.first == " ", let start = after.dropFirst().first, start.isUppercase else { continue }
            let title = TextMatching.trimTrailing(text[..<r], keepingPeriod: true)
            let body = TextMatching.clean(after)
            let titleWords = TextMatching.wordCount(title)
            guard (1...maxTitleWords).contains(titleWords), !isMarker(title, closedMarkers) else { return nil }
            let bodyWords = TextMatching.wordCount(body)
            let prose =
                text[r] == ";"
                ? bodyWords >= minBodyWords
                : hasSentenceBreak(body) || (TextMatching.endsSentence(body) && bodyWords >= minProseWords)
            return prose ? (title, body) : nil
        }
        return nil
    }

    /// The first sentence as title and the rest as body, when a sentence ends inside the text after at most
    /// `maxTitleWords` words.
    static func firstSentence(_ text: String) -> (title: String, body: String)? {
        guard let end = sentenceBreak(in: text) else { return nil }
        let title = TextMatching.trimTrailing(text[..<end], keepingPeriod: true)
        guard TextMatching.wordCount(title) <= maxTitleWords else { return nil }
        return (title, TextMatching.clean(text[end...]))
    }

    static func hasSentenceBreak(_ text: String) -> Bool { sentenceBreak(in: text) != nil }

    /// Where the sentence after the first inner sentence break begins.
    static func sentenceBreak(in text: String) -> String.Index? {
        var from = text.startIndex
        while let r = text[from...].firstIndex(where: { ".?!".contains($0) }) {
            from = text.index(after: r)
            let next = text[from...]
            guard next.first == " ", let start = next.dropFirst().first, start.isUppercase else { continue }
            let word = String(TextMatching.words(text[...r]).last ?? "")
            if text[r] == ".", !endsSentence(word) { continue }
            return text.index(after: from)
        }
        return nil
    }

    /// Whether a word ending in a period ends a sentence: not an abbreviation, an initial or a number.
    private static func endsSentence(_ word: String) -> Bool {
        let bare = word.dropLast()
        let letters = bare.filter(\.isLetter).count
        if bare.allSatisfy(\.isNumber) || DanishLexicon.standard.isAbbreviation(word) { return false }
        return !(letters > 0 && letters <= 2)  // initials, "ca."
    }

    private static func isMarker(_ title: String, _ markers: [String]) -> Bool {
        let bare = TextMatching.trimTrailing(title).lowercased()
        return markers.contains { TextMatching.trimTrailing($0).lowercased() == bare }
    }
}
