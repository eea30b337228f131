/// What `scanWord` saw inside one word or number.
struct WordShape {
    var letters = 0
    var digits = 0
    /// Periods between letters ("f.eks", "B.T"): the word is a dotted abbreviation.
    var letterDots = 0
    /// Any connector other than a hyphen between digits: ".,:/" or an apostrophe.
    var connectors = 0
    var hyphens = 0
    var slashes = 0
    /// The class of the last letter or digit.
    var last: CharClass = .none
    /// Scalars in the current segment (since the last connector).
    var segment = 0
    /// A trailing hyphen or slash was taken in ("Børne-", "v/").
    var closedBySign = false
}

extension TokenScanner {
    /// Scans a word or number starting at `start` inside the chunk ending at `end`; emits its token(s) and returns
    /// where scanning continues.
    ///
    /// Connectors stay inside the token only between the right neighbours: hyphens between letters or digits
    /// (compounds, ranges), "." "," ":" between digits (numbers, dates, times), "." between short letter groups
    /// (dotted abbreviations), "/" and "&" between letters or digits, an apostrophe before letters ("app’en").
    mutating func scanWord(_ start: Int, _ end: Int, chunkStart: Int) -> Int {
        var shape = WordShape()
        var p = start
        scan: while p < end {
            let (c, len) = classAt(p, end)
            if c.isAlnum {
                if c == .digit { shape.digits += 1 } else { shape.letters += 1 }
                shape.last = c
                shape.segment += 1
                p += len
                continue
            }
            let q = p + len
            let next = classAt(q, end).0
            switch c {
            case .hyphen:
                if next.isAlnum {
                    shape.hyphens += 1
                } else {
                    // A suspended compound keeps its hyphen: "Børne- og", "Kultur-, Fritid-".
                    if next == .none || next == .comma {
                        p = q
                        shape.closedBySign = true
                    }
                    break scan
                }
            case .period:
                if next == .hyphen, let after = abbreviationCompound(start, q, end) {
                    // "maks.-benstræk": an abbreviation as the first part of a compound.
                    shape.hyphens += 1
                    shape.segment = 0
                    p = after
                    continue scan
                }
                guard shape.last == .digit ? next == .digit : continuesDottedWord(shape, next: next) else {
                    break scan
                }
                if shape.last != .digit { shape.letterDots += 1 }
                shape.connectors += 1
            case .comma, .colon:
                guard shape.last == .digit, next == .digit else { break scan }
                shape.connectors += 1
            case .slash:
                if shape.last.isLetter, lexicon.abbreviations.contains(lowered(start, q)) {
                    // "v/ Mads", "v/Mads": the abbreviation ends at its slash.
                    p = q
                    shape.closedBySign = true
                    break scan
                }
                guard next.isAlnum else { break scan }
                shape.connectors += 1
                shape.slashes += 1
            case .apostrophe:
                if next.isLetter, shape.last.isAlnum {
                    shape.connectors += 1
                } else {
                    // "ka'", "Lars'": a final apostrophe belongs to the word unless the chunk opened with one.
                    if shape.last.isLetter, !next.isAlnum, !opensWithApostrophe(chunkStart, start) {
                        p = q
                        shape.closedBySign = true
                    }
                    break scan
                }
            case .ampersand:
                guard shape.last.isAlnum, next.isAlnum else { break scan }
                shape.connectors += 1
            default:
                break scan
            }
            shape.segment = 0
            p = q
        }
        return finishWord(start, p, end, shape)
    }

    /// Whether a period after letters continues a dotted abbreviation: short groups ("f.eks", "dr.phil") before
    /// lower case, single initials ("H.L", "B.T") before upper case.
    private func continuesDottedWord(_ shape: WordShape, next: CharClass) -> Bool {
        guard shape.last.isLetter else { return false }
        if next == .lower { return shape.segment <= 3 }
        return next == .upper && shape.segment == 1
    }

    /// Where the compound continues when `start..<periodEnd` is a listed abbreviation followed by a hyphen and a
    /// letter or digit, else nil.
    private func abbreviationCompound(_ start: Int, _ periodEnd: Int, _ end: Int) -> Int? {
        let hyphenLength = classAt(periodEnd, end).1
        guard classAt(periodEnd + hyphenLength, end).0.isAlnum,
            lexicon.abbreviations.contains(lowered(start, periodEnd))
        else { return nil }
        return periodEnd + hyphenLength
    }

    private func opensWithApostrophe(_ chunkStart: Int, _ wordStart: Int) -> Bool {
        var i = chunkStart
        while i < wordStart {
            let (c, len) = classAt(i, wordStart)
            if c == .apostrophe { return true }
            i += len
        }
        return false
    }

    /// Emits the word `start..<p` (plus its period when that belongs to it) and returns where scanning continues.
    private mutating func finishWord(_ start: Int, _ p: Int, _ end: Int, _ shape: WordShape) -> Int {
        if !shape.closedBySign, p < end, bytes[p] == 0x2E {
            if let (tokenEnd, kind) = periodDecision(start, p, end, shape) {
                emit(start, tokenEnd, kind)
                return tokenEnd
            }
        }
        if shape.letters == 0 {
            emitNumber(start, p)
        } else if shape.slashes > 0 || shape.closedBySign,
            lexicon.abbreviations.contains(lowered(start, p))
        {
            emit(start, p, .abbreviation)
        } else {
            emit(start, p, .word)
        }
        return p
    }
}
