import DocumentModel

/// Segmentation: turns normalised pages into the meeting header and its agenda items.
///
/// Items are chosen globally: every line that starts with a number in a heading form is a candidate, scored
/// by its layout and wording; tables of contents are set aside; the best increasing chain of numbers wins.
/// The text before the first item (and the first page's letterhead) is the header. Total: any input gives
/// a `Minutes`, odd lines become ordinary text, findings are diagnostics.
public struct Segmenter: Sendable {
    public let config: SegmentationConfig
    /// Built once: compiling its regular expressions cost more than scanning a short document.
    private let scanner: DateTimeScanner
    private let officers: ElectedOfficers
    private let closing: ClosingTime

    public init(config: SegmentationConfig = .standard) {
        self.config = config
        scanner = DateTimeScanner(vocabulary: config.vocabulary)
        officers = ElectedOfficers(vocabulary: config.vocabulary)
        closing = ClosingTime(vocabulary: config.vocabulary)
    }

    /// Segments normalised pages (reading order restored, furniture removed, hyphenation resolved; blocks
    /// optional) into minutes.
    public func segment(_ pages: [Page], metadata: DocumentMetadata) -> Minutes {
        var layout = DocumentLayout(pages: pages, config: config)
        let splitter = SectionSplitter(layout: layout, config: config)
        layout.sectionLabels = layout.lines.map { splitter.label(of: $0.text) }
        var diagnostics: [Diagnostic] = []

        let found = HeadingCandidates(layout: layout, config: config, scanner: scanner).find()
        let (candidates, tocLines) = TableOfContents(layout: layout, vocabulary: config.vocabulary).mark(found)
        let sequence = ItemSequence(layout: layout, config: config)
        let (chain, repaired) = sequence.fillingMisreadGaps(sequence.choose(candidates), candidates: candidates)
        for (heading, printed) in repaired {
            diagnostics.append(
                .warning(
                    "items.number.misread",
                    "Item \(heading.number) is printed \"\(printed)\" (misread by OCR?); numbered from its place "
                        + "between items \(heading.number - 1) and \(heading.number + 1).",
                    page: layout.lines[heading.line].page))
        }
        if let first = tocLines.first, let start = chain.first?.line, first < start {
            diagnostics.append(
                .info(
                    "items.tableOfContents.skipped",
                    "A table of contents listing \(tocLines.count) items was not taken as items.",
                    page: layout.lines[first].page))
        }

        let builder = ItemBuilder(layout: layout, config: config, scanner: scanner)
        var items: [AgendaItem] = []
        for (n, heading) in chain.enumerated() {
            let end = n + 1 < chain.count ? chain[n + 1].line : layout.lines.count
            items.append(builder.build(heading, end: end))
            if n > 0, heading.number > chain[n - 1].number + 1 {
                let missing = (chain[n - 1].number + 1)..<heading.number
                diagnostics.append(
                    .info(
                        "items.numbering.gap",
                        "Item numbers \(missing.map(String.init).joined(separator: ", ")) are missing "
                            + "(closed or withdrawn items?).", page: layout.lines[heading.line].page))
            }
        }
        if items.isEmpty {
            diagnostics.append(.info("items.none", "No agenda items found; the document may not be minutes."))
        }

        let headerEnd = chain.first?.line ?? layout.lines.count
        let tocSet = Set(tocLines)
        let headerLines = layout.lines[..<headerEnd].filter { !tocSet.contains($0.index) }
        let asides = DocumentLayout(
            pages: pages.filter { $0.number == (pages.first?.number ?? 1) }.map { page in
                Page(number: page.number, width: page.width, height: page.height, lines: page.asides)
            }, config: config
        ).lines
        let header = HeaderParser(config: config, scanner: scanner, layout: layout)
        var (meeting, headerDiagnostics) = header.parse(
            headerLines, asides: asides, metadata: metadata, hasItems: !items.isEmpty)
        if !items.isEmpty {
            officers.fill(&meeting, from: items)
            closing.fill(&meeting, from: items)
        }
        diagnostics = headerDiagnostics + diagnostics
        return Minutes(meeting: meeting, items: items, diagnostics: diagnostics)
    }
}
