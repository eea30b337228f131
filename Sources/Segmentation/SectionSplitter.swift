import DocumentModel

/// Splits an item's body at its section labels ("Referat:", "Det indstilles, at udvalget:", "Bilag:")
/// into typed sections, and reads the attachment list of "Bilag" sections.
struct SectionSplitter {
    static let bodyKind = "body"
    static let attachmentsKind = "attachments"

    let layout: DocumentLayout
    let config: SegmentationConfig
    private var vocabulary: SegmentationVocabulary { config.vocabulary }

    /// A section label: the label as printed, its kind, and the text after it.
    typealias Label = (label: String, kind: String, rest: String)

    /// `label(of:)` of the line's text, from the layout's labels when the text is the layout's own.
    func label(of line: SourceLine) -> Label? {
        if line.index < layout.sectionLabels.count, layout.lines[line.index].text == line.text {
            return layout.sectionLabels[line.index]
        }
        return label(of: line.text)
    }

    /// A section label at the start of the text.
    func label(of text: String) -> Label? {
        let kind: String
        let matched: String
        let after: String
        if let match = vocabulary.matchers.sectionLabels.match(text) {
            kind = vocabulary.sectionLabels[match.index].kind
            matched = match.matched
            after = TextMatching.clean(match.rest)
        } else if let speaker = speakerLabel(text) {
            (kind, matched, after) = speaker
        } else {
            return nil
        }
        if after.isEmpty { return (matched, kind, "") }
        if after.hasPrefix(":") {
            let rest = TextMatching.clean(after.dropFirst())
            return (matched + ":", kind, rest)
        }
        let words = TextMatching.wordCount(text)
        let sentence = TextMatching.endsSentence(text)
        // "Det indstilles, at udvalget:" / "Beslutning i Udvalget den 3. maj 2020": the whole line is the label.
        if text.hasSuffix(":"), words <= 12, text.filter({ $0 == ":" }).count == 1 { return (text, kind, "") }
        let next = after.first!
        if next == "," || next.isLowercase {
            if words <= 12, !sentence { return (text, kind, "") }
            if next == "," { return (matched, kind, TextMatching.trimLeading(after)) }
        }
        return nil
    }

    /// Whether a speaker's line ("Direktøren indstiller, at …") right under a label of its own kind
    /// ("Indstilling") is that section's first line rather than a second, empty-handed label.
    private func continuesItsSection(
        _ found: Label, kind: String, label: String?, hasText: Bool, line: SourceLine
    ) -> Bool {
        found.kind == kind && label != nil && !hasText && vocabulary.matchers.sectionLabels.match(line.text) == nil
    }

    /// "Direktionen indstiller, at udvalget": a section verb from the vocabulary after one to four words that
    /// name who speaks, the first capitalised ("Børne- og Ungeforvaltningen indstiller"). The kind, the words
    /// up to the verb, and what follows.
    private func speakerLabel(_ text: String) -> (kind: String, matched: String, after: String)? {
        guard text.first?.isUppercase ?? false else { return nil }
        // Runs on every line without a label: a byte search first, and no allocation for the many without a verb.
        var found: (verb: String, kind: String)?
        for (verb, kind) in vocabulary.sectionVerbs
        where found.map({ verb < $0.verb }) ?? true && PlainSearch.contains(text, verb) {
            found = (verb, kind)
        }
        guard let (verb, kind) = found else { return nil }
        let words = text.split(separator: " ", maxSplits: 5)
        guard
            let position = words.prefix(5).firstIndex(where: { $0 == verb || $0 == verb + "," || $0 == verb + ":" }),
            (1...4).contains(position),
            words[..<position].allSatisfy({ !$0.contains(where: { $0.isNumber || ".,:;!?".contains($0) }) })
        else { return nil }
        let end = text.index(words[position].startIndex, offsetBy: verb.count)
        return (kind, String(text[..<end]), TextMatching.clean(text[end...]))
    }

    /// Whether the line is an entry of an attachment list: it and the lines above it up to a "Bilag" label are
    /// all numbered ("1 Åben Notat …", "2 Åben Politik …") or wrapped continuations of them.
    func isAttachmentEntry(_ index: Int, vocabulary: SegmentationVocabulary) -> Bool {
        var i = index - 1
        while i >= 0, index - i <= SectionSplitter.maxAttachmentRun {
            let line = layout.lines[i]
            if let found = label(of: line), found.rest.isEmpty {
                return found.kind == SectionSplitter.attachmentsKind
            }
            let numbered = HeadingCandidates.parseNumber(line.text, vocabulary: vocabulary) != nil
            guard numbered || !line.startsParagraph else { return false }
            i -= 1
        }
        return false
    }

    /// The number an attachment entry starts with ("3 Åben Kulturkommune …", "12. Notat", "4) Bilag"): an item
    /// heading's numbering (`HeadingCandidates.parseNumber`) of one to three digits, without a prefix or a
    /// letter, and followed by text; nil for anything else (a year, a case number, a bare number).
    static func entryNumber(_ text: String, vocabulary: SegmentationVocabulary = .standard) -> Int? {
        guard let numbering = HeadingCandidates.parseNumber(text, vocabulary: vocabulary),
            numbering.form != .prefixed, numbering.suffix.isEmpty, numbering.number < 1000, !numbering.rest.isEmpty
        else { return nil }
        return numbering.number
    }

    /// An attachment list is looked for at most this many lines above a numbered line.
    private static let maxAttachmentRun = 40

    /// The body's sections (text before any label is a "body" section without label) and the attachment
    /// entries of its "Bilag" sections, one string per entry.
    func split(_ body: [SourceLine]) -> (sections: [Section], attachments: [String]) {
        var sections: [Section] = []
        var attachments: [String] = []
        var kind = SectionSplitter.bodyKind
        var label: String?
        var lines: [SourceLine] = []
        var entries: [String] = []

        func close() {
            let text = ParagraphText.join(lines, layout: layout)
            if label != nil || !text.isEmpty { sections.append(Section(kind: kind, label: label, text: text)) }
            if kind == SectionSplitter.attachmentsKind { attachments += entries }
            lines = []
            entries = []
        }

        for (n, line) in body.enumerated() {
            let prevEnds =
                n == 0 || TextMatching.endsSentence(body[n - 1].text) || TextMatching.endsWithColon(body[n - 1].text)
            if line.startsParagraph || prevEnds || line.bold, let found = self.label(of: line),
                !continuesItsSection(found, kind: kind, label: label, hasText: !lines.isEmpty, line: line)
            {
                close()
                kind = found.kind
                label = found.label
                if !found.rest.isEmpty {
                    var first = line
                    first.text = found.rest
                    lines.append(first)
                    entries.append(TextMatching.bulletBody(found.rest) ?? found.rest)
                }
                continue
            }
            if kind == SectionSplitter.attachmentsKind {
                let bullet = layout.bulletBody(of: line)
                if bullet == nil, line.spaceBefore, !entries.isEmpty {
                    close()
                    kind = SectionSplitter.bodyKind
                    label = nil
                } else if let bullet {
                    entries.append(bullet)
                } else if let number = Self.entryNumber(line.text, vocabulary: vocabulary),
                    entries.last.flatMap({ Self.entryNumber($0, vocabulary: vocabulary) }) == number - 1
                {
                    // "2 Åben Politik for …" after "1 Åben …": the next numbered entry of a table-like list,
                    // even where the line before it runs to the margin (a document number set flush right).
                    entries.append(line.text)
                } else if let last = lines.last, layout.isFull(last, config: config),
                    !entries.isEmpty
                {
                    entries[entries.count - 1] += " " + line.text
                } else {
                    entries.append(line.text)
                }
            }
            lines.append(line)
        }
        close()
        return (sections, attachments)
    }
}
