/// Decides what a hyphen at a line end is, from several kinds of evidence in turn: a soft hyphen, what
/// follows (a connective or a list means a suspended compound), the document's own spelling, the shape
/// of the parts (digits, abbreviations, an uppercase tail) and the lexicon (joined word, or parts that
/// compound with a Danish linking letter). A lowercase tail with no evidence either way is a break.
struct HyphenDecider: Sendable {
    /// What happens to the hyphen and the next line's first word.
    enum Outcome: Equatable {
        /// A break: the hyphen goes, the tail moves up ("Tilgængelighedsanalysen").
        case join
        /// A real hyphen inside a word: the tail moves up, hyphen kept, no space ("PLO-Midtjylland").
        case attach
        /// A real hyphen before a separate word: nothing moves ("Børne-" | "og Unge").
        case keep
    }

    let vocabulary: DocumentVocabulary
    let lexicon: (any Lexicon)?

    /// - Parameters:
    ///   - head: the word before the hyphen, without it and without leading punctuation ("Tilgængelig").
    ///   - tail: the next line's first word without trailing punctuation ("hedsanalysen").
    ///   - soft: the line ended in a soft hyphen.
    ///   - nextStartsList: the next line begins with a list marker.
    func decide(head: String, tail: String, soft: Bool, nextStartsList: Bool) -> (Outcome, String) {
        guard let tailFirst = tail.first, tailFirst.isLetter || tailFirst.isNumber, !head.isEmpty else {
            return (.keep, "no word follows")
        }
        if soft { return (.join, "soft hyphen marks a break") }
        if nextStartsList { return (.keep, "next line starts a list item") }
        // "her-|til" is "hertil": a connective tail only suspends when the joined form is no word.
        if DanishHyphenation.suspensionConnectives.contains(tail.lowercased()),
            lexicon?.isWord(head + tail) != true
        {
            return (.keep, "suspended compound before \"\(tail)\"")
        }
        if let evidence = documentEvidence(head: head, tail: tail) { return evidence }
        let part = head.split(separator: "-").last.map(String.init) ?? head
        if part.contains(where: \.isNumber) || tailFirst.isNumber { return (.attach, "part with digits") }
        if part.count == 1 { return (.attach, "single-letter part") }
        let allCaps =
            part.allSatisfy { !$0.isLetter || $0.isUppercase } && tail.allSatisfy { !$0.isLetter || $0.isUppercase }
        if allCaps && part.count >= 4 && tail.count >= 2 {
            // Text set in capitals: only the lexicon can tell a break from an abbreviation compound.
            if lexicon?.isWord(head + tail) == true { return (.join, "capitals; lexicon knows the joined word") }
            return (.attach, "capitals; joined form unknown")
        }
        if part.count >= 2 && part.allSatisfy({ !$0.isLetter || $0.isUppercase }) {
            return (.attach, "abbreviation part")
        }
        if tailFirst.isUppercase { return (.attach, "uppercase tail") }
        return lexiconEvidence(head: head, tail: tail)
    }

    /// The same word written elsewhere in the document, whole or with its hyphen, exactly or inflected.
    private func documentEvidence(head: String, tail: String) -> (Outcome, String)? {
        let whole = vocabulary.count(of: head + tail)
        let hyphenated = vocabulary.count(of: head + "-" + tail)
        if whole > hyphenated { return (.join, "written whole elsewhere in the document (\(whole)×)") }
        if hyphenated > whole { return (.attach, "written with hyphen elsewhere in the document (\(hyphenated)×)") }
        let stem = String(tail.dropLast(min(DanishHyphenation.inflectionSlack, max(0, tail.count - 3))))
        let slack = DanishHyphenation.inflectionSlack * 2
        let wholeInflected = vocabulary.count(withPrefix: head + stem, slack: slack)
        let hyphenatedInflected = vocabulary.count(withPrefix: head + "-" + stem, slack: slack)
        if wholeInflected > hyphenatedInflected, head.count + stem.count >= 6 {
            return (.join, "written whole elsewhere in the document, inflected (\(wholeInflected)×)")
        }
        if hyphenatedInflected > wholeInflected, head.count + stem.count >= 6 {
            return (.attach, "written with hyphen elsewhere in the document, inflected (\(hyphenatedInflected)×)")
        }
        return nil
    }

    private func lexiconEvidence(head: String, tail: String) -> (Outcome, String) {
        guard let lexicon else { return (.join, "lowercase tail, no lexicon: break") }
        if lexicon.isWord(head + tail) { return (.join, "lexicon knows the joined word") }
        if lexicon.isWord(head + "-" + tail) && lexicon.isWord(head) && lexicon.isWord(tail) {
            return (.attach, "lexicon knows only the hyphenated form")
        }
        if lexicon.isWord(tail) {
            if lexicon.isWord(head) { return (.join, "compound: both parts are words") }
            for link in DanishHyphenation.linkingElements where head.hasSuffix(link) {
                if lexicon.isWord(String(head.dropLast(link.count))) {
                    return (.join, "compound: parts are words, linking -\(link)-")
                }
            }
        }
        return (.join, "lowercase tail, break inside a word")
    }
}
