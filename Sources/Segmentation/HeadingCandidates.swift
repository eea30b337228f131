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

    var printed: String { "\(number)\(suffix)" }
}

/// Finds and scores heading candidates. Lines that only look numbered — dates ("16. november"), ordinals
/// ("2. halvår"), counts ("1 gang årligt"), decimals and clock times — are not candidates at all.
struct HeadingCandidates {
    let layout: DocumentLayout
    let config: SegmentationConfig
    let scanner: DateTimeScanner

    func find() -> [HeadingCandidate] {
        layout.lines.compactMap { line in
            guard let parsed = HeadingCandidates.parseNumber(line.text, vocabulary: config.vocabulary),
                parsed.number <= config.maxItemNumber, accepts(parsed)
            else { return nil }
            var candidate = parsed
            candidate.line = line.index
            candidate.score = score(candidate)
            return candidate
        }
    }

    /// The numbering at the start of a line: "1. ", "1 ", "1)", "4a.", "Punkt 3:", "Pkt. 3", "Ad 1.".
    static func parseNumber(_ text: String, vocabulary: SegmentationVocabulary) -> HeadingCandidate? {
        var s = Substring(text)
        var prefixed = false
        if let p = TextMatching.prefix(of: text, in: vocabulary.itemPrefixes) {
            s = p.rest.drop { $0 == " " }
            prefixed = true
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
        case ")":
            s = s.dropFirst()
            if !prefixed { form = .paren }
        case " ": break
        default: return nil
        }
        let rest = TextMatching.trimLeading(s)
        return HeadingCandidate(line: 0, number: number, suffix: suffix, form: form, rest: rest, score: 0)
    }

    private func accepts(_ c: HeadingCandidate) -> Bool {
        guard let first = c.rest.first else { return c.form != .bare || c.number < 100 }
        if let word = TextMatching.words(c.rest).first {
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

    /// Layout and wording evidence, positive for heading-like lines. Each weight is one cue; the sequence
    /// choice adds what the numbering says.
    private func score(_ c: HeadingCandidate) -> Double {
        let line = layout.lines[c.line]
        var s = -1.0
        if line.bold && !layout.bodyBold { s += 2 }
        if layout.isLarger(line, config: config) { s += 1.5 }
        if line.size < layout.bodySize - config.fontSizeTolerance { s -= 1 }
        if line.spaceBefore { s += 1 }
        s += line.startsParagraph ? 0.5 : -1.5
        let margin = layout.leftMargin(page: line.page)
        if abs(line.box.minX - margin) <= config.marginTolerance {
            s += 0.5
        } else if line.box.minX > margin + config.marginTolerance {
            s -= 1.5
        }
        if line.blockKind == .heading { s += 1 }
        if line.blockKind == .listItem { s -= 0.5 }
        if c.form == .prefixed { s += 1.5 }
        if c.form == .paren { s -= 0.5 }
        let text = paragraphText(from: c)
        let words = TextMatching.words(text).count
        if c.rest.isEmpty && text.isEmpty { return s }
        if TextMatching.endsSentence(text) && words >= 4 && !HeadingCandidates.endsWithAbbreviation(text) {
            s -= 1.5
        } else if words <= config.maxHeadingWords {
            s += 1
        } else {
            s -= 1
        }
        let heading = HeadingText(text, vocabulary: config.vocabulary, scanner: scanner)
        if heading.presenter != nil || heading.slot != nil { s += 2 }
        if c.rest.first?.isNumber ?? false { s -= 1 }
        return s
    }

    /// The candidate's text with the rest of its paragraph (at most three lines), for judging whether it reads
    /// like a heading or a sentence.
    private func paragraphText(from c: HeadingCandidate) -> String {
        var parts = c.rest.isEmpty ? [] : [c.rest]
        var i = c.line + 1
        while i < layout.lines.count, i <= c.line + 3,
            !layout.lines[i].startsParagraph || (c.rest.isEmpty && i == c.line + 1)
        {
            parts.append(layout.lines[i].text)
            i += 1
        }
        return parts.joined(separator: " ")
    }

    static func endsWithAbbreviation(_ text: String) -> Bool {
        guard let last = TextMatching.words(text).last, last.hasSuffix(".") else { return false }
        return last.filter(\.isLetter).count <= 3 || last.dropLast().contains(".")
    }
}
