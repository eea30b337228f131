extension TokenScanner {
    /// Decides whether the period at `p`, right after the word `start..<p`, belongs to the word.
    ///
    /// Returns the token's end and kind when it does: abbreviations ("kr.", "f.eks.", initials "H."), ordinals
    /// ("16. november", "2. halvår", "24.maj") and list markers ("1. Tager ..."). Returns nil when the period is
    /// punctuation of its own.
    func periodDecision(_ start: Int, _ p: Int, _ end: Int, _ shape: WordShape) -> (Int, TokenKind)? {
        let q = p + 1
        if shape.letters > 0 {
            guard shape.last.isLetter else { return nil }
            // Dotted forms ("B.T.") and capital initials ("H. C. Andersen") are abbreviations by shape; a lone
            // lower-case letter only when listed ("d."), since "l og t." ends sentences.
            if shape.letterDots > 0
                || shape.letters == 1 && shape.digits == 0 && classAt(start, p).0 == .upper
            {
                return (q, .abbreviation)
            }
            if lexicon.abbreviations.contains(lowered(start, q)) { return (q, .abbreviation) }
            // "6. jan. 2020": a short month name after a day number keeps its period.
            if p - start <= 4, let last = tokens.last, last.kind == .ordinal || last.kind == .number,
                lexicon.months[lowered(start, p)] != nil
            {
                return (q, .abbreviation)
            }
            return nil
        }
        guard shape.connectors == 0, shape.hyphens == 0, shape.digits <= 3 else { return nil }
        if q < end {
            // "24.maj" written without a space.
            return classAt(q, end).0.isLetter ? (q, .ordinal) : nil
        }
        let (first, wordStart, wordEnd) = nextWord(after: q)
        if first == .lower { return (q, .ordinal) }
        if first == .upper {
            let word = lowered(wordStart, wordEnd)
            if lexicon.months[word] != nil || lexicon.ordinalNouns.contains(word) { return (q, .ordinal) }
        }
        return startsItem(start) ? (q, .listMarker) : nil
    }

    /// The class of the first scalar after the whitespace following `position`, and the letter run it starts.
    private func nextWord(after position: Int) -> (CharClass, Int, Int) {
        let n = bytes.count
        var i = position
        while i < n {
            let (c, len) = classAt(i, n)
            if !c.isSpace { break }
            i += len
        }
        let (first, _) = classAt(i, n)
        var j = i
        while j < n {
            let (c, len) = classAt(j, n)
            if !c.isLetter { break }
            j += len
        }
        return (first, i, j)
    }

    /// Whether a token starting at `start` opens a line or follows a sentence end: where a numbered item begins.
    func startsItem(_ start: Int) -> Bool {
        guard let last = tokens.last else { return true }
        var i = last.range.upperBound
        while i < start {
            if bytes[i] == 0x0A || bytes[i] == 0x0D { return true }
            i += 1
        }
        guard last.kind == .punctuation else { return false }
        switch last.text {
        case ".", "!", "?", "…", "...": return true
        default: return false
        }
    }
}
