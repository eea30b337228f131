import DocumentModel

/// A line that could open an agenda item: it starts with a number in one of the printed forms, and carries a
/// score for how much its layout and wording look like a heading.
struct HeadingCandidate: Sendable {
    enum Form: Sendable { case dotted, bare, paren, prefixed }

    var line: Int
    var number: Int
    /// "a" in "4a".
    var suffix: String
    var form: Form
    /// The text after the number, or "" when the number stands alone ("1." with the title below).
    var rest: String
    var score: Double
    var tableOfContents = false
    /// Where the text after the number starts (the line's indentation level).
    var textX = 0.0
    /// The line of the numbered line this one is nested under (see `ListOutline`), or nil; and how deep.
    var parentLine: Int?
    var depth = 0

    var printed: String { "\(number)\(suffix)" }
}

/// Finds and scores heading candidates. Lines that only look numbered — dates ("16. november"), ordinals
/// ("2. halvår"), counts ("1 gang årligt"), decimals and clock times — are not candidates at all.
struct HeadingCandidates {
    let layout: DocumentLayout
    let config: SegmentationConfig
    let scanner: DateTimeScanner

    func find() -> [HeadingCandidate] {
        let roman = MisreadOne.romanNumbering(layout.lines)
        var misread: Set<Int> = []
        // One splitter for all lines: building one copies the layout and configuration.
        let splitter = SectionSplitter(layout: layout, config: config)
        var found: [HeadingCandidate] = layout.lines.compactMap { line in
            var text = line.text
            if !roman, let repaired = MisreadOne.repaired(text) {
                text = repaired
                misread.insert(line.index)
            }
            guard let parsed = HeadingCandidates.parseNumber(text, vocabulary: config.vocabulary),
                parsed.number <= config.maxItemNumber, accepts(parsed)
            else { return nil }
            var candidate = parsed
            candidate.line = line.index
            candidate.score = score(candidate)
            if splitter.isAttachmentEntry(line.index, vocabulary: config.vocabulary) {
                candidate.score -= HeadingCandidates.attachmentEntryPenalty
            }
            candidate.textX = ListOutline.textStart(candidate, line: line)
            return candidate
        }
        // A repaired "1." stands only where a 2 follows it.
        let twos = found.filter { $0.number == 2 }.map(\.line)
        found.removeAll { c in misread.contains(c.line) && !twos.contains { $0 > c.line } }
        let nesting = ListOutline.nesting(of: found, layout: layout, tolerance: config.marginTolerance)
        for i in found.indices { (found[i].parentLine, found[i].depth) = nesting[i] }
        return found
    }

    /// The numbering at the start of a line: "1. ", "1 ", "1)", "4a.", "Punkt 3:", "Pkt. 3", "Ad 1.".
    static func parseNumber(_ text: String, vocabulary: SegmentationVocabulary) -> HeadingCandidate? {
        var s = Substring(text)
        var prefixed = false
        if let p = vocabulary.matchers.itemPrefixes.match(text) {
            s = p.rest.drop { $0 == " " }
            prefixed = true
        } else if let first = text.utf8.first, !(0x30...0x39).contains(first) {
            return nil  // most lines: no prefix, and not an ASCII digit first, so no digits below
        }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count), let number = Int(digits) else { return nil }
        s = s.dropFirst(digits.count)
        var suffix = ""
        if let c = s.first, c.isLowercase, c.isLetter, s.dropFirst().first.map({ ". ):".contains($0) }) ?? true {
            suffix = String(c)
            s = s.dropFirst()
        }
        var form: HeadingCandidate.Form = prefixed ? .prefixed : .bare
        switch s.first {
        case nil: break
        case ".", ":":
            if let next = s.dropFirst().first, next.isNumber { return nil }  // 1.1, 19.06.2018, 13.00
            s = s.dropFirst()
            if !prefixed { form = .dotted }
        case ",":
            // OCR reads the period of "5." as a comma; "5, Omsætning …" (a capital after it) is taken as dotted.
            guard s.dropFirst().first == " ", s.dropFirst(2).first?.isUppercase ?? false else { return nil }
            s = s.dropFirst()
            if !prefixed { form = .dotted }
        case ")":
            s = s.dropFirst()
            if !prefixed { form = .paren }
        case " ":
            // OCR sets a space before the period: "5 . Valg til bestyrelsen" (a capital after it) is dotted.
            if s.dropFirst().first == ".", s.dropFirst(2).first == " ", s.dropFirst(3).first?.isUppercase ?? false {
                s = s.dropFirst(2)
                if !prefixed { form = .dotted }
            }
        default: return nil
        }
        let rest = TextMatching.trimLeading(s)
        return HeadingCandidate(line: 0, number: number, suffix: suffix, form: form, rest: rest, score: 0)
    }

    private func accepts(_ c: HeadingCandidate) -> Bool {
        guard let first = c.rest.first else { return c.form != .bare || c.number < 100 }
        // The first word (`rest` is trimmed, so it starts at once), without splitting the rest into words.
        let word = HeadingCandidates.firstWord(c.rest)
        if !word.isEmpty {
            // "16. november": a date, not an item. Ordinals ("2. halvår") fail the capital-letter test below;
            // the tokenizer's ordinal nouns include "Møde", so they are not used here.
            if scanner.isMonth(word) { return false }
        }
        if first.isLowercase && c.form != .prefixed { return false }
        if c.form == .bare {
            guard first.isUppercase || "\"”“'«".contains(first) else { return false }
            if (1900...2100).contains(c.number) { return false }
        }
        return first.isLetter || first.isNumber || "\"”“'«(".contains(first)
    }

    /// The characters before the first whitespace. A run of printable ASCII bytes up to a space (or the end)
    /// is such a run of characters; other text is read by characters.
    static func firstWord(_ text: String) -> Substring {
        let utf8 = text.utf8
        let end = utf8.firstIndex { $0 <= 0x20 || $0 >= 0x7F } ?? utf8.endIndex
        if end == utf8.endIndex || utf8[end] == 0x20 {
            assert(text[..<end] == text.prefix(while: { !$0.isWhitespace }), "byte word differs")
            return text[..<end]
        }
        return text.prefix(while: { !$0.isWhitespace })
    }

    /// Layout and wording evidence, positive for heading-like lines. Each weight is one cue; the sequence
    /// choice adds what the numbering says.
    private func score(_ c: HeadingCandidate) -> Double {
        let line = layout.lines[c.line]
        var s = -1.0
        if line.bold && !layout.bodyBold(page: line.page) { s += 2 }
        if layout.isLarger(line, config: config) { s += 1.5 }
        if layout.isSmaller(line, config: config) { s -= 1 }
        if line.spaceBefore { s += 1 }
        s += line.startsParagraph ? 0.5 : -1.5
        let margin = layout.leftMargin(page: line.page)
        // At the margin or left of it (a hanging heading over indented body text) reads as a heading.
        if line.box.minX <= margin + config.marginTolerance {
            s += 0.5
        } else {
            s -= 1.5
        }
        if line.blockKind == .heading { s += 1 }
        if line.blockKind == .listItem { s -= 0.5 }
        if c.form == .prefixed { s += 1.5 }
        if c.form == .paren { s -= 0.5 }
        let text = paragraphText(from: c)
        let words = TextMatching.wordCount(text)
        if c.rest.isEmpty && text.isEmpty { return s }
        if TextMatching.endsSentence(text) && words >= 4 && !HeadingCandidates.endsWithAbbreviation(text) {
            s -= 1.5
        } else if let last = text.last, ";,".contains(last) {
            s -= 1.5  // "1. at udvalget godkender planen;": an entry of an enumeration, not a heading
        } else if words <= config.maxHeadingWords {
            s += 1
        } else {
            s -= 1
        }
        let heading = HeadingText(untitled: text, vocabulary: config.vocabulary, scanner: scanner)
        if heading.presenter != nil || heading.slot != nil { s += 2 }
        if c.rest.first?.isNumber ?? false { s -= 1 }
        return s
    }

    /// The candidate's text with the rest of its paragraph (at most three lines), for judging whether it reads
    /// like a heading or a sentence. A short line ends the paragraph even inside one block: a heading set
    /// right above its body is often grouped with it.
    private func paragraphText(from c: HeadingCandidate) -> String {
        var parts = c.rest.isEmpty ? [] : [c.rest]
        var i = c.line + 1
        while i < layout.lines.count, i <= c.line + 3,
            (!layout.lines[i].startsParagraph
                && layout.wraps(layout.lines[i - 1], into: layout.lines[i], config: config))
                || (c.rest.isEmpty && i == c.line + 1)
        {
            parts.append(layout.lines[i].text)
            i += 1
        }
        return parts.joined(separator: " ")
    }

    /// "1 Åben Notat …" under "Bilag" is an attachment, not an item.
    static let attachmentEntryPenalty = 4.0

    static func endsWithAbbreviation(_ text: String) -> Bool {
        guard let last = TextMatching.words(text).last, last.hasSuffix(".") else { return false }
        return last.filter(\.isLetter).count <= 3 || PlainSearch.contains(last.dropLast(), ".")
    }
}
