/// Groups tokens into sentences.
///
/// A sentence ends after ".", "!", "?", "…" (with any closing quotes or brackets glued to it) when the next token
/// can open a sentence: a capital, a digit, a quote, a dash, a bullet or a list marker. It also ends after a
/// sentence-final abbreviation ("osv.", "kr.") before a capital, at every blank line, before a bullet or a list
/// marker, and at a line break when the line ends without continuing punctuation and the next line starts like a
/// sentence: that makes headings ("Beslutning", "2. halvår") sentences of their own, while a line wrapped in the
/// middle of a sentence (next line in lower case) is joined. Abbreviations, ordinals and list markers never end
/// a sentence by their period, since their period is part of the token.
struct SentenceSplitter {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let lexicon: DanishLexicon

    func split() -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var k = 0
        while k < tokens.count {
            var last = k
            if isTerminal(tokens[k]) {
                // Closing quotes and brackets glued to the end mark belong to this sentence.
                while last + 1 < tokens.count, !tokens[last].spaceAfter, isCloser(tokens[last + 1]) {
                    last += 1
                }
            }
            if last + 1 == tokens.count || endsSentence(at: k, last: last) {
                let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
                sentences.append(Sentence(range: range, tokens: first..<(last + 1)))
                first = last + 1
            }
            k = last + 1
        }
        return sentences
    }

    /// Whether the sentence ends after `tokens[last]`; `tokens[k]` is the end mark when closers followed it.
    private func endsSentence(at k: Int, last: Int) -> Bool {
        let token = tokens[k]
        let next = tokens[last + 1]
        let breaks = lineBreaks(from: tokens[last].range.upperBound, to: next.range.lowerBound)
        if breaks >= 2 { return true }
        if next.kind == .bullet || next.kind == .listMarker && (breaks > 0 || isTerminal(token)) {
            return true
        }
        let opener = opensSentence(next)
        if isTerminal(token) { return opener || breaks > 0 }
        if token.kind == .abbreviation {
            return opener && startsUpper(next)
                && lexicon.sentenceFinalAbbreviations.contains(token.text.lowercased())
        }
        if breaks == 1 { return opener && !continuesLine(tokens[last]) }
        return false
    }

    private func isTerminal(_ token: Token) -> Bool {
        guard token.kind == .punctuation, let b = token.text.utf8.first else { return false }
        return b == 0x2E || b == 0x21 || b == 0x3F || token.text == "…"
    }

    private func isCloser(_ token: Token) -> Bool {
        guard token.kind == .punctuation, let scalar = token.text.unicodeScalars.first else {
            return false
        }
        let c = CharClass.of(scalar.value)
        return c == .quote || c == .close || c == .apostrophe
    }

    /// Whether `token` can be the first token of a sentence.
    private func opensSentence(_ token: Token) -> Bool {
        guard let scalar = token.text.unicodeScalars.first else { return false }
        switch CharClass.of(scalar.value) {
        case .upper, .digit, .quote, .open, .dash, .hyphen, .bullet, .apostrophe: return true
        default: return false
        }
    }

    private func startsUpper(_ token: Token) -> Bool {
        guard let scalar = token.text.unicodeScalars.first else { return false }
        return CharClass.of(scalar.value) == .upper
    }

    /// Whether a line ending in `token` expects more: a comma, hyphen, open bracket or suspended compound.
    private func continuesLine(_ token: Token) -> Bool {
        guard let b = token.text.utf8.last else { return false }
        switch b {
        case 0x2C, 0x3B, 0x2D, 0x28, 0x26, 0x2F: return true
        default:
            return token.kind == .ordinal || token.kind == .listMarker || token.kind == .abbreviation
        }
    }

    /// The number of line breaks in `bytes[from..<to]` ("\r\n" counts once).
    private func lineBreaks(from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            let b = bytes[i]
            if b == 0x0A {
                count += 1
            } else if b == 0x0D, i + 1 >= to || bytes[i + 1] != 0x0A {
                count += 1
            }
            i += 1
        }
        return count
    }
}
