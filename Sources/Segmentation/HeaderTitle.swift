import DocumentModel

/// Finding the meeting's title among the header's free lines.
extension HeaderParser {
    /// For a line that starts with a document kind: the name after "REFERAT: " ("" for a bare "Referat"),
    /// or the whole line when the kind is part of the name ("Referat af bestyrelsesmøde").
    func kindTitle(_ line: SourceLine) -> String? {
        guard let kind = TextMatching.prefix(of: line.text, in: vocabulary.documentKindWords),
            TextMatching.words(line.text).count <= config.maxHeaderLineWords
        else { return nil }
        let rest = TextMatching.clean(kind.rest)
        if rest.isEmpty { return "" }
        if let first = rest.first, ":–-".contains(first) {
            return TextMatching.trimTrailing(TextMatching.trimLeading(rest))
        }
        return TextMatching.trimTrailing(line.text, keepingPeriod: true)
    }

    /// The first prominent short line (body size or larger) that is not a bare document kind, a date or a
    /// table of contents title.
    func titleLine(_ free: [SourceLine], bodySize: Double) -> String? {
        for line in free.prefix(6) where line.size >= bodySize - config.fontSizeTolerance {
            guard TextMatching.words(line.text).count <= config.maxHeaderLineWords else { continue }
            let text = TextMatching.trimTrailing(line.text, keepingPeriod: true)
            if text.isEmpty || kindTitle(line) == "" { continue }
            if scanner.firstDate(in: text) != nil && TextMatching.words(text).count <= 6 { continue }
            if vocabulary.tableOfContentsTitles.contains(where: { $0.lowercased() == text.lowercased() }) { continue }
            return text
        }
        return nil
    }

    /// Large lines set right below a line of the same style continue it ("REFERAT: … Strategisk" / "Niveau").
    func joinWrappedTitles(_ lines: [SourceLine], bodySize: Double) -> [SourceLine] {
        var result: [SourceLine] = []
        for line in lines {
            if let last = result.last, last.size >= bodySize + config.fontSizeTolerance, line.size == last.size,
                line.bold == last.bold, line.page == last.page, !line.spaceBefore,
                TextMatching.words(last.text + " " + line.text).count <= config.maxHeaderLineWords
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

    func fillDateAndTime(_ meeting: inout Meeting, fields: [Field], free: [SourceLine]) {
        let dateFields = fields.filter { $0.label.field == .date || $0.label.field == .dateAndLocation }
        var sources: [(text: String, labelled: Bool)] = dateFields.flatMap { f in f.values.map { ($0, true) } }
        sources += free.filter { TextMatching.words($0.text).count <= config.maxHeaderLineWords }.map {
            ($0.text, false)
        }
        for (n, source) in sources.enumerated() {
            guard let date = scanner.firstDate(in: source.text) else { continue }
            meeting.date = date.date.iso
            let time =
                scanner.timeRange(in: source.text, allowBare: source.labelled)
                ?? sources.dropFirst(n + 1).first.flatMap { scanner.timeRange(in: $0.text, allowBare: false) }
            meeting.start = time?.start.text
            meeting.end = time?.end?.text
            break
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
    }
}
