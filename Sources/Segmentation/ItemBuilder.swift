import DocumentModel

/// Turns a chosen heading and the lines up to the next one into an `AgendaItem`: the heading's full title
/// (joined over wrapped lines), presenter, slot, page span, links, body text, sections, sub-items.
struct ItemBuilder {
    let layout: DocumentLayout
    let config: SegmentationConfig
    let scanner: DateTimeScanner
    /// Built once per document: building one copies the layout and configuration, and every heading line asks it.
    private let splitter: SectionSplitter

    init(layout: DocumentLayout, config: SegmentationConfig, scanner: DateTimeScanner) {
        self.layout = layout
        self.config = config
        self.scanner = scanner
        splitter = SectionSplitter(layout: layout, config: config)
    }

    /// `end` is the index of the first line after the item.
    func build(_ heading: HeadingCandidate, end: Int) -> AgendaItem {
        let headingEnd = headingLines(heading, end: end)
        var parts = heading.rest.isEmpty ? [] : [heading.rest]
        for i in (heading.line + 1)..<headingEnd { parts.append(layout.lines[i].text) }
        let wrappedPlain =
            headingEnd - heading.line > 1 && !layout.isEmphasised(layout.lines[heading.line], config: config)
        let parsed = HeadingText(
            parts.joined(separator: " "), vocabulary: config.vocabulary, scanner: scanner, paragraph: wrappedPlain)
        var body = Array(layout.lines[headingEnd..<max(headingEnd, end)])
        if let runIn = parsed.runIn {
            var line = layout.lines[max(heading.line, headingEnd - 1)]
            line.text = runIn
            line.startsParagraph = true
            body.insert(line, at: 0)
        }
        let headingBoxes = layout.lines[heading.line..<headingEnd]
            .filter { $0.page == layout.lines[heading.line].page }.map(\.box)
        let all = layout.lines[heading.line..<max(headingEnd, end)]
        var links: [ItemLink] = []
        for line in all {
            for link in line.links where !links.contains(where: { $0.uri == link.uri && $0.text == link.text }) {
                links.append(ItemLink(text: link.text, uri: link.uri))
            }
        }
        let (sections, attachments) = splitter.split(body)
        return AgendaItem(
            number: heading.printed, title: parsed.title, presenter: parsed.presenter, slot: parsed.slot,
            pages: PageSpan(first: all.first?.page ?? 1, last: all.last?.page ?? 1),
            subitems: SubItems.find(in: body), sections: sections,
            attachments: attachments,
            links: links, text: ParagraphText.join(body, layout: layout), headingBox: headingBoxes.enclosingRect)
    }

    /// The index after the heading's last line: a heading continues over lines that wrap it (same emphasis,
    /// no paragraph break, or a full first line), and over a presenter or time slot set on its own line.
    func headingLines(_ heading: HeadingCandidate, end: Int) -> Int {
        let first = layout.lines[heading.line]
        var next = heading.line + 1
        var titleSeen = !heading.rest.isEmpty
        while next < end, next - heading.line <= config.maxHeadingContinuationLines {
            let line = layout.lines[next]
            let prev = layout.lines[next - 1]
            guard line.page == prev.page || !titleSeen else { break }
            let structural = isStructural(line)
            if !titleSeen, !structural || namesItsNumber(line, numberLine: first) {
                titleSeen = true
                next += 1
                continue
            }
            guard !structural else { break }
            let isPresenterLine =
                HeadingText.presenterLine(
                    line.text, markers: config.vocabulary.matchers.presenterMarkers,
                    givenNames: config.vocabulary.givenNames)
                != nil
            let isSlotLine =
                scanner.timeMatch(in: line.text, allowBare: false).map {
                    line.text.distance(from: $0.range.lowerBound, to: $0.range.upperBound) + 4 >= line.text.count
                } ?? false
            if isPresenterLine || isSlotLine {
                next += 1
                continue
            }
            let sameStyle = prev.bold == line.bold && abs(prev.size - line.size) < config.fontSizeTolerance
            let emphasised = layout.isEmphasised(first, config: config)
            // A hanging indent under the heading's text is its wrap even when the normaliser split the block.
            let hanging = abs(line.box.minX - heading.textX) <= config.marginTolerance
            let sameBlock = !layout.hasBlocks || (prev.block != nil && prev.block == line.block) || hanging
            let closeBelow = !line.spaceBefore
            // An emphasised heading may be broken by hand, but then the next line reads on (lower case, a
            // number, after a comma or a short word); a capital after a short line starts the body.
            let readsOn =
                layout.wraps(prev, into: line, config: config) || ItemBuilder.readsOn(line.text, after: prev.text)
            let wraps =
                emphasised
                ? sameStyle && closeBelow && readsOn : layout.wraps(prev, into: line, config: config) && closeBelow
            guard wraps, sameBlock || emphasised, !TextMatching.endsSentence(prev.text) || emphasised else { break }
            next += 1
        }
        return next
    }

    /// "… og" / "2022", "… om" / "forældreuddannelse": text that continues a phrase broken by hand.
    static func readsOn(_ text: String, after previous: String) -> Bool {
        guard let first = text.first else { return false }
        if first.isLowercase || first.isNumber || "(&–-".contains(first) { return true }
        guard let last = TextMatching.words(previous).last else { return false }
        if let end = last.last, ",-–&".contains(end) { return true }
        return last.count <= 3 && last.allSatisfy { $0.isLetter && $0.isLowercase }
    }

    /// Under a number set alone ("2."), a line in the number's style is the item's title even when it reads
    /// as a section label ("Økonomi"), unless the label carries a colon or text of its own.
    private func namesItsNumber(_ line: SourceLine, numberLine: SourceLine) -> Bool {
        guard let label = splitter.label(of: line), label.rest.isEmpty, !label.label.hasSuffix(":") else {
            return false
        }
        return line.bold == numberLine.bold && abs(line.size - numberLine.size) < config.fontSizeTolerance
    }

    /// Lines that never continue a heading: bullets, sub-items and section labels.
    private func isStructural(_ line: SourceLine) -> Bool {
        layout.bulletBody(of: line) != nil || SubItems.parse(line.text) != nil
            || splitter.label(of: line) != nil
    }
}
