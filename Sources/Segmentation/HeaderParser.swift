import DocumentModel

/// Reads the meeting header — the lines before the first item and the first page's letterhead — into a
/// `Meeting`. Labels come from the vocabulary; a value is the rest of the label's line, a line beside it at
/// the same height, and following lines in the value column (or, for a label alone on its line, every
/// following line up to the next label).
///
/// `fields` values keep the printed lines joined with "\n"; `location` and the title join them with a space.
struct HeaderParser {
    struct Field {
        var label: SegmentationVocabulary.HeaderLabel
        var printed: String
        var lines: [SourceLine]
        var labelX: Double
        var valueX: Double?
        var inline: Bool
        var values: [String] { lines.map(\.text) }
    }

    let config: SegmentationConfig
    let scanner: DateTimeScanner
    let layout: DocumentLayout
    var vocabulary: SegmentationVocabulary { config.vocabulary }

    /// `hasItems` tells whether agenda items were found (without
    /// them and without a sign of minutes, the document is no meeting and only `fields` are filled).
    func parse(
        _ lines: [SourceLine], asides: [SourceLine], metadata: DocumentMetadata, hasItems: Bool
    ) -> (Meeting, [Diagnostic]) {
        let (fields, free) = collect(lines)
        let (asideFields, asideFree) = collect(asides)
        let all = fields + asideFields.filter { a in !fields.contains { $0.label.field == a.label.field } }
        var meeting = Meeting()
        meeting.fields = all.compactMap { f in
            let value = f.values.joined(separator: "\n")
            return value.isEmpty ? nil : HeaderField(label: TextMatching.trimTrailing(f.printed), value: value)
        }
        func first(_ field: SegmentationVocabulary.HeaderField) -> Field? {
            all.first { $0.label.field == field && !$0.lines.isEmpty }
        }
        let titleLines = joinWrappedTitles(Array(free.prefix(8)))
        let kindLine = titleLines.compactMap(kindTitle).first
        let hasField = { (f: SegmentationVocabulary.HeaderField) in all.contains { $0.label.field == f } }
        let isMinutes = hasItems || kindLine != nil || (hasField(.participants) && hasField(.date))
        guard isMinutes else {
            let diagnostic = Diagnostic.info(
                "meeting.none", "The document does not look like minutes; no meeting read.")
            return (Meeting(fields: meeting.fields), [diagnostic])
        }
        func value(_ field: SegmentationVocabulary.HeaderField) -> String? {
            first(field).map { TextMatching.clean($0.values.joined(separator: " ")) }
        }
        meeting.title =
            value(.title) ?? kindLine.flatMap { $0.isEmpty ? nil : $0 } ?? value(.subject)
            ?? titleLine(titleLines) ?? metadata.title.flatMap(metadataTitle)
        let yearFromCreation = fillDateAndTime(
            &meeting, fields: all, free: free + asideFree, created: metadata.created)
        meeting.location = first(.location).map { TextMatching.clean($0.values.joined(separator: " ")) }
        if meeting.location == nil, let both = first(.dateAndLocation) {
            // "Torsdag den 7. marts 2019, kl. 16:30, Rådhuset, mødelokale 2": the parts that are no date or time.
            let isPlace = { (text: String) in
                self.scanner.firstDate(in: text) == nil && self.scanner.timeRange(in: text, allowBare: true) == nil
            }
            let rest = both.values.compactMap { line -> String? in
                if isPlace(line) { return line }
                let parts = line.split(separator: ",").map { TextMatching.clean($0) }.filter {
                    !$0.isEmpty && isPlace($0) && !self.vocabulary.weekdays.contains($0.lowercased())
                }
                return parts.isEmpty ? nil : parts.joined(separator: ", ")
            }
            meeting.location = rest.isEmpty ? nil : rest.joined(separator: " ")
        }
        if meeting.location == nil { meeting.location = unlabelledAddress(in: free) ?? placeAfterDate(in: free) }
        meeting.chair = first(.chair)?.values.first
        meeting.minuteTaker = first(.minuteTaker)?.values.first
        meeting.caseNumber = first(.caseNumber).map { TextMatching.clean($0.values.joined(separator: " ")) }
        let parser = ParticipantParser(
            vocabulary: vocabulary, wrapSlack: config.wrapSlack,
            rightMargin: { [layout] in layout.rightMargin(page: $0) })
        for field in all where field.label.field == .participants {
            parser.parse(field.lines, status: field.label.status ?? .present, into: &meeting.participants)
        }
        var diagnostics: [Diagnostic] = []
        if meeting.date == nil {
            diagnostics.append(.warning("meeting.date.missing", "No meeting date found in the header.", page: 1))
        } else if yearFromCreation {
            diagnostics.append(
                .info(
                    "meeting.date.year-from-creation",
                    "The meeting date is printed without a year; the year is the PDF's creation date's.", page: 1))
        }
        return (meeting, diagnostics)
    }

    /// Splits lines into labelled fields and free lines.
    private func collect(_ lines: [SourceLine]) -> ([Field], [SourceLine]) {
        let lines = lines.flatMap(splitAtInlineLabels)
        var fields: [Field] = []
        var free: [SourceLine] = []
        var i = 0
        var closed = false
        while i < lines.count {
            let line = lines[i]
            i += 1
            let current = closed ? nil : fields.last
            let inValueColumn = current.map { line.box.minX > $0.labelX + config.marginTolerance } ?? false
            // Inside a value column only a participant list's own sub-labels ("Sekretariat") start a field.
            let inList = current?.label.field == .participants
            if !inValueColumn || inList,
                let found = label(of: line.text, participantsOnly: inValueColumn, glued: line.bold && !line.mostlyBold)
            {
                var field = Field(
                    label: found.label, printed: found.printed, lines: [], labelX: line.box.minX,
                    valueX: nil, inline: !found.rest.isEmpty)
                if !found.rest.isEmpty {
                    var value = line
                    value.text = found.rest
                    field.lines.append(value)
                } else if i < lines.count, lines[i].page == line.page, lines[i].box.minX > line.box.maxX,
                    lines[i].box.verticalOverlap(with: line.box) > min(line.box.height, lines[i].box.height) / 2
                {
                    field.lines.append(lines[i])
                    field.valueX = lines[i].box.minX
                    i += 1
                }
                fields.append(field)
                closed = false
                continue
            }
            if vocabulary.matchers.tableOfContentsTitles.contains(line: line.text) { closed = true }
            guard !closed, var field = fields.last else {
                free.append(line)
                continue
            }
            let continues: Bool
            if let x = field.valueX {
                continues = line.box.minX >= x - config.marginTolerance
            } else if field.inline {
                continues = inValueColumn || (field.label.field == .participants && !line.spaceBefore)
            } else {
                continues =
                    field.label.field == .participants || field.lines.isEmpty
                    || (!line.spaceBefore && field.lines.count < 3)
            }
            if continues, inValueColumn || !HeaderParser.startsWithLabel(line.text) {
                field.lines.append(line)
                fields[fields.count - 1] = field
            } else {
                // "Næste møde: 5. maj" — a label we do not know still ends the field above it.
                if HeaderParser.startsWithLabel(line.text) { closed = true }
                free.append(line)
            }
        }
        return (fields, free)
    }

    /// A label an OCR layer misread, one letter off, right before its colon (`MisreadLabel`).
    private func misreadLabel(of text: String, including: ((Int) -> Bool)?)
        -> (label: SegmentationVocabulary.HeaderLabel, printed: String, rest: String)?
    {
        // Most header lines have no colon after one word of letters: they stop at the bytes.
        guard let colon = text.utf8.prefix(40).firstIndex(of: UInt8(ascii: ":")),
            MisreadLabel.mayBeLabel(text[..<colon])
        else { return nil }
        let labels = vocabulary.matchers.oneWordHeaderLabels.filter { including?($0.index) ?? true }
        guard let index = MisreadLabel.label(for: text[..<colon], among: labels)
        else { return nil }
        return (
            vocabulary.headerLabels[index], String(text[..<colon]),
            TextMatching.clean(text[text.index(after: colon)...])
        )
    }

    /// A labelled line that runs into a second field after the end of a sentence ("Deltagere: Lene, Ole.
    /// Afbud: Kim.") as one line per field; the second label must be a known one, right before its colon.
    private func splitAtInlineLabels(_ line: SourceLine) -> [SourceLine] {
        guard PlainSearch.contains(line.text, ": "), label(of: line.text, participantsOnly: false, glued: false) != nil
        else { return [line] }
        var pieces: [Substring] = []
        var rest = line.text[...]
        var colon = rest.firstIndex(of: ":")  // the line's own label ends here
        while let from = colon.map({ rest.index(after: $0) }), let next = rest[from...].firstIndex(of: ":") {
            colon = next
            guard let stop = rest[from..<next].lastIndex(where: { $0 == "." || $0 == ";" }) else { continue }
            let start = rest[rest.index(after: stop)...].firstIndex { $0 != " " } ?? next
            guard start < next,
                let found = label(of: String(rest[start...]), participantsOnly: false, glued: false),
                found.printed == rest[start..<next].trimmingCharacters(in: .whitespaces)
            else { continue }
            pieces.append(rest[...stop])
            rest = rest[start...]
            colon = rest.firstIndex(of: ":")
        }
        guard !pieces.isEmpty else { return [line] }
        return (pieces + [rest]).map { piece in
            var part = line
            part.text = String(piece)
            return part
        }
    }

    /// Whether the line opens with a short label and a colon ("Næste møde:"): one to three capitalised-first
    /// words without digits.
    static func startsWithLabel(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let head = text[..<colon]
        let words = TextMatching.words(head)
        return (1...3).contains(words.count) && head.count <= 25 && (head.first?.isUppercase ?? false)
            && !head.contains(where: \.isNumber)
    }

    /// A header label at the start of the line, and the value after it ("Tid 15:00 – 17:00", "Sted: X").
    /// Without a colon the value must start with a capital or a digit, so prose ("Møde i …") is not a field.
    /// `glued`: the line starts with a bold label run straight into a regular value ("TidKl. 15"), as
    /// extraction gives a table row whose cells touch.
    private func label(of text: String, participantsOnly: Bool, glued: Bool)
        -> (label: SegmentationVocabulary.HeaderLabel, printed: String, rest: String)?
    {
        let labels = vocabulary.headerLabels
        let including: ((Int) -> Bool)? = participantsOnly ? { labels[$0].field == .participants } : nil
        guard let match = vocabulary.matchers.headerLabels.match(text, glued: glued, including: including) else {
            return misreadLabel(of: text, including: including)
        }
        var label = labels[match.index]
        var printed = match.matched
        var rest = TextMatching.clean(match.rest)
        if rest.hasPrefix(":") {
            rest = TextMatching.clean(rest.dropFirst())
        } else if let first = rest.first, !glued, !(first.isUppercase || first.isNumber) {
            // "Fraværende med afbud:", "Deltagere fra bestyrelsen:", "Deltog ikke:": a participant label read on
            // by a few lower-case words up to its colon; words that say absent make the list absentees.
            guard label.field == .participants, let colon = rest.firstIndex(of: ":") else { return nil }
            let words = TextMatching.words(rest[..<colon])
            guard (1...4).contains(words.count),
                words.allSatisfy({ $0.allSatisfy(\.isLetter) && $0.first!.isLowercase })
            else { return nil }
            printed += " " + words.joined(separator: " ")
            rest = TextMatching.clean(rest[rest.index(after: colon)...])
            let lowered = printed.lowercased()
            if vocabulary.absentPhrases.contains(where: { PlainSearch.contains(lowered, $0) }) {
                label.status = .absent
            }
        }
        if participantsOnly, !rest.isEmpty, label.field == .participants, PlainSearch.contains(text, ",") { return nil }
        return (label, printed, rest)
    }
}
