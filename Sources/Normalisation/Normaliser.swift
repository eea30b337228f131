import DocumentModel

/// The normalisation stage: repairs the text of extracted lines, removes page furniture and link-target
/// dumps, takes letterhead boxes aside, puts lines into reading order, rejoins words broken at line
/// ends, and groups lines into blocks. Total: it never throws, whatever the pages hold.
public struct Normaliser: Sendable {
    public let config: NormalisationConfig
    public let lexicon: (any Lexicon)?

    /// - Parameters:
    ///   - lexicon: the word list hyphen decisions consult (share one `HunspellDictionary` per process);
    ///     nil decides from the document and the word shapes alone.
    public init(config: NormalisationConfig = .standard, lexicon: (any Lexicon)?) {
        self.config = config
        self.lexicon = lexicon
    }

    /// Returns the normalised pages and what was found on the way.
    public func normalise(_ pages: [Page]) -> (pages: [Page], diagnostics: [Diagnostic]) {
        var pages = pages
        var diagnostics: [Diagnostic] = []
        for index in pages.indices {
            pages[index].lines = pages[index].lines.compactMap { line in
                var line = line
                line.text = TextCleaner.clean(line.text)
                return line.text.isEmpty ? nil : line
            }
            pages[index].blocks = []
        }
        FurnitureDetector(config: config).apply(to: &pages, diagnostics: &diagnostics)
        LinkDumpFilter().apply(to: &pages)
        arrange(&pages, diagnostics: &diagnostics)
        dehyphenate(&pages, diagnostics: &diagnostics)
        let builder = BlockBuilder(config: config, bodyFontSize: Self.bodyFontSize(of: pages))
        for index in pages.indices {
            pages[index].blocks = builder.blocks(for: pages[index].lines)
        }
        return (pages, diagnostics)
    }

    /// Letterheads aside, the rest into reading order.
    private func arrange(_ pages: inout [Page], diagnostics: inout [Diagnostic]) {
        for index in pages.indices {
            let page = pages[index]
            let (body, asides) = LetterheadDetector(config: config).split(page.lines, page: page)
            if !asides.isEmpty {
                pages[index].asides.append(contentsOf: asides)
                diagnostics.append(
                    .info("layout.aside", "\(asides.count) letterhead lines taken aside", page: page.number))
            }
            let (ordered, columns) = ReadingOrder(config: config).arrange(body)
            pages[index].lines = ordered
            if columns { diagnostics.append(.info("layout.columns", "read as two columns", page: page.number)) }
        }
    }

    /// One flow across all pages' bodies (a break may continue on the next page), one per page's asides.
    private func dehyphenate(_ pages: inout [Page], diagnostics: inout [Diagnostic]) {
        let texts = pages.flatMap { $0.lines.map { $0.text } + $0.asides.map { $0.text } }
        // Only a line ending in a hyphen makes a decision consult the vocabulary: without one, none is built.
        let breaks = texts.contains(where: Dehyphenator.endsWithBreakCandidate)
        let dehyphenator = Dehyphenator(
            decider: HyphenDecider(vocabulary: DocumentVocabulary(lines: breaks ? texts : []), lexicon: lexicon))
        var flow = pages.flatMap(\.lines)
        let owners = pages.indices.flatMap { index in Array(repeating: index, count: pages[index].lines.count) }
        for (line, decision) in dehyphenator.apply(to: &flow) {
            pages[owners[line]].hyphenation.append(decision)
        }
        var regrouped = [[Line]](repeating: [], count: pages.count)
        for (position, line) in flow.enumerated() where !line.text.isEmpty { regrouped[owners[position]].append(line) }
        for index in pages.indices {
            pages[index].lines = regrouped[index]
            var asides = pages[index].asides
            pages[index].hyphenation += dehyphenator.apply(to: &asides).map(\.decision)
            pages[index].asides = asides.filter { !$0.text.isEmpty }
        }
        let decisions = pages.flatMap(\.hyphenation)
        guard !decisions.isEmpty else { return }
        let joined = decisions.filter(\.joined).count
        diagnostics.append(
            .info(
                "hyphenation", "\(decisions.count) line-end hyphens: \(joined) joined, \(decisions.count - joined) kept"
            ))
    }

    /// The most common font size, weighted by characters.
    static func bodyFontSize(of pages: [Page]) -> Double {
        var weights: [Double: Int] = [:]
        for line in pages.lazy.flatMap(\.lines) {
            weights[line.font.size, default: 0] += SingleScalarText.characterCount(line.text)
        }
        return weights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 10
    }
}
