import DocumentModel

/// Turns a chosen heading and the lines up to the next one into an `AgendaItem`: the heading's full title
/// (joined over wrapped lines), presenter, slot, page span, links, body text, sections, sub-items.
struct ItemBuilder {
    let layout: DocumentLayout
    let config: SegmentationConfig
    let scanner: DateTimeScanner

    /// `end` is the index of the first line after the item.
    func build(_ heading: HeadingCandidate, end: Int) -> AgendaItem {
        let headingEnd = headingLines(heading, end: end)
        var parts = heading.rest.isEmpty ? [] : [heading.rest]
        for i in (heading.line + 1)..<headingEnd { parts.append(layout.lines[i].text) }
        let parsed = HeadingText(parts.joined(separator: " "), vocabulary: config.vocabulary, scanner: scanner)
        let body = Array(layout.lines[headingEnd..<max(headingEnd, end)])
        let headingBoxes = layout.lines[heading.line..<headingEnd]
            .filter { $0.page == layout.lines[heading.line].page }.map(\.box)
        let all = layout.lines[heading.line..<max(headingEnd, end)]
        var links: [ItemLink] = []
        for line in all {
            for link in line.links where !links.contains(where: { $0.uri == link.uri && $0.text == link.text }) {
                links.append(ItemLink(text: link.text, uri: link.uri))
            }
        }
        let splitter = SectionSplitter(layout: layout, config: config)
        let (sections, attachments) = splitter.split(body)
        return AgendaItem(
            number: heading.printed, title: parsed.title, presenter: parsed.presenter, slot: parsed.slot,
            pages: PageSpan(first: all.first?.page ?? 1, last: all.last?.page ?? 1),
            subitems: SubItems.find(in: body), sections: sections,
            attachments: attachments,
            links: links, text: ParagraphText.join(body), headingBox: headingBoxes.enclosingRect)
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
            guard line.page == prev.page || !titleSeen, !isStructural(line) else { break }
            if !titleSeen {
                titleSeen = true
                next += 1
                continue
            }
            let marker = line.text.lowercased()
            let isPresenterLine =
                config.vocabulary.presenterMarkers.contains { marker.hasPrefix($0.lowercased() + " ") }
                || config.vocabulary.presenterMarkers.contains {
                    $0.hasSuffix("/") && marker.hasPrefix($0.lowercased())
                }
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
            let sameBlock = !layout.hasBlocks || (prev.block != nil && prev.block == line.block)
            let closeBelow = !line.spaceBefore
            let wraps = emphasised ? sameStyle && closeBelow : layout.isFull(prev, config: config) && closeBelow
            guard wraps, sameBlock || emphasised, !TextMatching.endsSentence(prev.text) || emphasised else { break }
            next += 1
        }
        return next
    }

    /// Lines that never continue a heading: bullets, sub-items and section labels.
    private func isStructural(_ line: SourceLine) -> Bool {
        TextMatching.bulletBody(line.text) != nil || SubItems.parse(line.text) != nil
            || SectionSplitter(layout: layout, config: config).label(of: line.text) != nil
    }
}
