import DocumentModel

/// Finding the meeting's title among the header's free lines.
extension HeaderParser {
    /// For a line that starts with a document kind: the name after "REFERAT: " ("" for a bare "Referat"),
    /// or the whole line when the kind is part of the name ("Referat af bestyrelsesmøde").
    func kindTitle(_ line: SourceLine) -> String? {
        guard let kind = vocabulary.matchers.documentKindWords.match(line.text),
            TextMatching.wordCount(line.text) <= config.maxHeaderLineWords
        else { return nil }
        let rest = TextMatching.clean(kind.rest)
        if rest.isEmpty { return "" }
        if let first = rest.first, ":–-".contains(first) {
            return withoutDate(TextMatching.trimTrailing(TextMatching.trimLeading(rest)))
        }
        return withoutDate(TextMatching.trimTrailing(line.text, keepingPeriod: true))
    }

    /// A title line that runs into the meeting's date keeps only its name: "Referat af generalforsamling
    /// Mandag den 26. februar kl. 20.00" → "Referat af generalforsamling". Short titles keep everything.
    func withoutDate(_ text: String, minWords: Int = HeaderParser.minTitleWordsBeforeDate) -> String {
        guard let start = scanner.dateStart(in: text, weekdays: vocabulary.matchers.weekdays) else { return text }
        var words = TextMatching.words(text[..<start]).map(String.init)
        let leadIns = Set(vocabulary.dateLeadIns.map { $0.lowercased() })
        while let last = words.last,
            leadIns.contains(TextMatching.trimTrailing(last, keepingPeriod: true).lowercased())
                || TextMatching.trimTrailing(last).isEmpty
        {
            words.removeLast()
        }
        guard words.count >= minWords else { return text }
        return TextMatching.trimTrailing(words.joined(separator: " "))
    }

    static let minTitleWordsBeforeDate = 2

    /// The first prominent short line (its page's body size or larger) that is not a bare document kind, a date or a
    /// table of contents title.
    func titleLine(_ free: [SourceLine]) -> String? {
        for line in free.prefix(6) where line.size >= layout.bodySize(page: line.page) - config.fontSizeTolerance {
            guard TextMatching.wordCount(line.text) <= config.maxHeaderLineWords else { continue }
            let text = TextMatching.trimTrailing(line.text, keepingPeriod: true)
            if text.isEmpty || kindTitle(line) == "" { continue }
            if scanner.firstDate(in: text) != nil && TextMatching.wordCount(text) <= 6 {
                // "Generalforsamling: 15. februar 2012 …" set as a heading names the meeting before its date.
                let head = withoutDate(text, minWords: 1)
                let labelled = text.dropFirst(head.count).hasPrefix(":")
                if head != text, head.first?.isUppercase ?? false,
                    labelled || layout.isEmphasised(line, config: config) || vocabulary.namesAMeeting(head)
                {
                    return head
                }
                continue
            }
            if vocabulary.matchers.tableOfContentsTitles.titles.contains(text.lowercased()) { continue }
            return withoutDate(text)
        }
        return nil
    }

    /// Large lines set right below a line of the same style continue it ("REFERAT: … Strategisk" / "Niveau").
    func joinWrappedTitles(_ lines: [SourceLine]) -> [SourceLine] {
        var result: [SourceLine] = []
        for line in lines {
            // A date line below the title is the date, not more title.
            if let last = result.last, layout.isLarger(last, config: config), line.size == last.size,
                line.bold == last.bold, line.page == last.page, !line.spaceBefore,
                scanner.dateStart(in: line.text, weekdays: vocabulary.matchers.weekdays) == nil,
                TextMatching.wordCount(last.text + " " + line.text) <= config.maxHeaderLineWords
            {
                result[result.count - 1].text += " " + line.text
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// The PDF's own title, unless it only names the document kind ("Referat") or a file.
    func metadataTitle(_ title: String) -> String? {
        let text = TextMatching.clean(title)
        let lower = text.lowercased()
        if text.isEmpty || vocabulary.documentKindWords.contains(where: { $0.lowercased() == lower }) { return nil }
        if [".doc", ".docx", ".pdf", ".odt"].contains(where: { lower.hasSuffix($0) }) { return nil }
        return text
    }

    /// Fills the meeting's date and times from the header; `created` (the PDF's creation date, ISO 8601) may
    /// give the year of a date printed without one. Returns whether it did.
    func fillDateAndTime(_ meeting: inout Meeting, fields: [Field], free: [SourceLine], created: String?) -> Bool {
        let dateFields = fields.filter { $0.label.field == .date || $0.label.field == .dateAndLocation }
        var sources: [(text: String, labelled: Bool)] = dateFields.flatMap { f in f.values.map { ($0, true) } }
        sources += free.filter { TextMatching.wordCount($0.text) <= config.maxHeaderLineWords }.map {
            ($0.text, false)
        }
        for (n, source) in sources.enumerated() {
            guard let date = scanner.firstDate(in: source.text) else { continue }
            meeting.date = date.date.iso
            let time =
                scanner.timeRange(in: source.text, allowBare: source.labelled, firstDate: date.range)
                ?? sources.dropFirst(n + 1).first.flatMap { scanner.timeRange(in: $0.text, allowBare: false) }
            meeting.start = time?.start.text
            meeting.end = time?.end?.text
            break
        }
        var yearFromCreation = false
        if meeting.date == nil {
            yearFromCreation = fillYearlessDate(&meeting, sources: sources.map(\.text), created: created)
        }
        if meeting.start == nil {
            for source in sources where source.labelled {
                if let time = scanner.timeRange(in: source.text, allowBare: true) {
                    meeting.start = time.start.text
                    meeting.end = time.end?.text
                    break
                }
            }
        }
        return yearFromCreation
    }

    /// "Mandag den 26. februar kl. 20.00" with "Februar 2024" (or "2024" alone) elsewhere in the header: the
    /// year is taken from the header when it names one year, or one year beside the same month; when the
    /// header names none, from the PDF's creation date if the date falls near it (minutes are written
    /// within weeks of their meeting, agendas shortly before it). The time on the date's line is the
    /// meeting's even when the year stays unknown. Returns whether the creation date gave the year.
    func fillYearlessDate(_ meeting: inout Meeting, sources: [String], created: String?) -> Bool {
        for text in sources {
            guard let partial = scanner.yearlessDate(in: text) else { continue }
            let sameMonth = sources.filter { line in
                TextMatching.words(line).contains { scanner.months[$0.lowercased()] == partial.month }
            }
            let years = Set(sources.flatMap(DateTimeScanner.years))
            let nearMonth = Set(sameMonth.flatMap(DateTimeScanner.years))
            var fromCreation = false
            if let year = nearMonth.count == 1 ? nearMonth.first : years.count == 1 ? years.first : nil {
                meeting.date = DateTimeScanner.DayDate(year: year, month: partial.month, day: partial.day).iso
            } else if years.isEmpty,
                let date = CreationYear.nearest(day: partial.day, month: partial.month, to: created)
            {
                meeting.date = date.iso
                fromCreation = true
            }
            let time = scanner.timeRange(in: text, allowBare: false)
            meeting.start = time?.start.text
            meeting.end = time?.end?.text
            return fromCreation
        }
        return false
    }

}

extension SegmentationVocabulary {
    /// Whether `text` is one compound noun naming a meeting ("Bestyrelsesmøde", "Generalforsamling"): not a
    /// place or a sender ("Aarhus", "Kommunen"), not a bare "Møde", not a phrase ("Næste møde").
    func namesAMeeting(_ text: String) -> Bool {
        let words = TextMatching.words(text)
        guard words.count == 1, let word = words.first?.lowercased() else { return false }
        return meetingNouns.contains { word.hasSuffix($0) && word.count > $0.count }
    }
}
