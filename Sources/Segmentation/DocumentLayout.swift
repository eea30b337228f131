import DocumentModel

/// One body line with the layout evidence the parsers decide by, numbered across the whole document.
struct SourceLine: Sendable {
    var index: Int
    var text: String
    var box: Rect
    var page: Int
    var size: Double
    /// Whether the line begins in bold.
    var bold: Bool
    /// Whether most of the line is bold (a bold label before a regular value is not).
    var mostlyBold: Bool
    var links: [LineLink]
    /// Index of the normaliser's block holding the line, unique across pages; nil without blocks.
    var block: Int?
    var blockKind: Block.Kind?
    /// Whether a new paragraph (or list item) begins here: from blocks when present, else inferred.
    var startsParagraph: Bool
    /// Whether white space above the line is wider than a line step (or it is first on its page).
    var spaceBefore: Bool
}

/// The document's lines in reading order plus what is typical of its body text: size, margins, line step.
struct DocumentLayout: Sendable {
    var lines: [SourceLine]
    var bodySize: Double
    var bodyBold: Bool
    var typicalStep: Double
    var hasBlocks: Bool
    /// Each line's section label (`SectionSplitter.label(of:)`), read once per document: heading candidates,
    /// attachment lists, heading continuations and section splitting all ask about the same lines. Empty until
    /// `Segmenter` fills it.
    var sectionLabels: [SectionSplitter.Label?] = []
    /// Each line's text after a leading bullet (`TextMatching.bulletBody`), read once: paragraphs, sections and
    /// heading continuations ask again.
    private var bulletBodies: [String?] = []
    /// Each page's own body size and boldness: one document may join parts set in different styles (minutes
    /// in 12 pt with a letter in bold 16 pt appended), and a heading stands out against its own page.
    private var pageBodies: [Int: (size: Double, bold: Bool)] = [:]
    private var leftMargins: [Int: Double]
    private var rightMargins: [Int: Double]

    init(pages: [Page], config: SegmentationConfig) {
        var lines: [SourceLine] = []
        /// Characters per line, counted once for the body style and the margins.
        var counts: [Int] = []
        var sizeWeights: [Double: Int] = [:]
        var boldChars = 0
        var allChars = 0
        var pageSizes: [Int: [Double: Int]] = [:]
        var pageBold: [Int: (bold: Int, all: Int)] = [:]
        var blockBase = 0
        hasBlocks = pages.contains { !$0.blocks.isEmpty }
        for page in pages {
            var blockOf = [(Int, Block.Kind)?](repeating: nil, count: page.lines.count)
            for (b, block) in page.blocks.enumerated() {
                for i in block.lines where i >= 0 && i < page.lines.count { blockOf[i] = (blockBase + b, block.kind) }
            }
            blockBase += page.blocks.count
            // This page's characters by size and boldness, added to the page's totals after its lines.
            var sizes: [Double: Int] = [:]
            var style = (bold: 0, all: 0)
            var hasText = false
            for (i, line) in page.lines.enumerated() {
                let text = TextMatching.clean(line.text)
                guard !text.isEmpty else { continue }
                let size = (line.font.size * 2).rounded() / 2
                let count = CharacterCount.of(text)
                counts.append(count)
                sizeWeights[size, default: 0] += count
                sizes[size, default: 0] += count
                allChars += count
                style.all += count
                hasText = true
                if line.font.bold {
                    boldChars += count
                    style.bold += count
                }
                lines.append(
                    SourceLine(
                        index: lines.count, text: text, box: line.box, page: page.number, size: size,
                        bold: line.startsBold, mostlyBold: line.font.bold, links: line.links, block: blockOf[i]?.0,
                        blockKind: blockOf[i]?.1,
                        startsParagraph: false, spaceBefore: false))
            }
            if hasText {
                pageSizes[page.number, default: [:]].merge(sizes, uniquingKeysWith: +)
                pageBold[page.number, default: (0, 0)].bold += style.bold
                pageBold[page.number, default: (0, 0)].all += style.all
            }
        }
        bodySize = DocumentLayout.mostCommon(sizeWeights) ?? 10
        bodyBold = allChars > 0 && boldChars * 2 > allChars
        // Only a page set in another body size is a part of its own; on the others a page of bold headings
        // (closed items listed at the end) must still count its bold as emphasis.
        for (page, counts) in pageBold where counts.all >= DocumentLayout.minPageBodyChars {
            let size = DocumentLayout.mostCommon(pageSizes[page] ?? [:]) ?? bodySize
            guard abs(size - bodySize) >= config.fontSizeTolerance else { continue }
            pageBodies[page] = (size, counts.bold * 2 > counts.all)
        }
        var steps: [Double] = []
        for i in lines.indices.dropFirst() where lines[i - 1].page == lines[i].page {
            let step = lines[i].box.minY - lines[i - 1].box.minY
            if step > 0, abs(lines[i - 1].size - bodySize) < 0.6, abs(lines[i].size - bodySize) < 0.6 {
                steps.append(step)
            }
        }
        // The line step inside a paragraph: the most common step that is not much more than the font size
        // (paragraph spacing would otherwise win in documents of one-line paragraphs).
        var stepCounts: [Double: Int] = [:]
        for step in steps where step >= bodySize * 0.9 && step <= bodySize * 1.7 {
            stepCounts[(step * 2).rounded() / 2, default: 0] += 1
        }
        typicalStep =
            stepCounts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            ?? (steps.isEmpty ? bodySize * 1.2 : steps.sorted()[steps.count / 4])
        var lefts: [Int: [Double]] = [:]
        var rights: [Int: [Double]] = [:]
        for i in lines.indices where counts[i] >= 12 {
            lefts[lines[i].page, default: []].append(lines[i].box.minX)
            if counts[i] >= 40 { rights[lines[i].page, default: []].append(lines[i].box.maxX) }
        }
        leftMargins = lefts.mapValues { DocumentLayout.mode($0) }
        // The right margin from long lines; a page with few of them is assumed to mirror its left margin.
        var rightMargins: [Int: Double] = [:]
        for page in pages {
            let long = rights[page.number] ?? []
            let mirrored = page.width - (leftMargins[page.number] ?? 0)
            rightMargins[page.number] =
                long.count >= 3 ? long.sorted()[Int(Double(long.count - 1) * 0.9)] : mirrored
        }
        self.rightMargins = rightMargins
        self.lines = lines
        bulletBodies = lines.map { TextMatching.bulletBody($0.text) }
        markParagraphs(config: config)
    }

    /// A page with less text than this takes the document's body style (a short page says little).
    private static let minPageBodyChars = 400

    private static func mostCommon(_ weights: [Double: Int]) -> Double? {
        weights.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// The body text size of the line's page (the document's when the page has little text).
    func bodySize(page: Int) -> Double { pageBodies[page]?.size ?? bodySize }
    func bodyBold(page: Int) -> Bool { pageBodies[page]?.bold ?? bodyBold }

    /// The most common value after rounding to 2 points (ties: the leftmost), i.e. the body's left edge.
    private static func mode(_ values: [Double]) -> Double {
        var counts: [Double: Int] = [:]
        for v in values { counts[(v / 2).rounded() * 2, default: 0] += 1 }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
    }

    func leftMargin(page: Int) -> Double { leftMargins[page] ?? leftMargins.values.min() ?? 0 }
    func rightMargin(page: Int) -> Double { rightMargins[page] ?? rightMargins.values.max() ?? 0 }

    /// `TextMatching.bulletBody` of the line's text, read once when the text is the layout's own.
    func bulletBody(of line: SourceLine) -> String? {
        if line.index < lines.count, lines[line.index].text == line.text { return bulletBodies[line.index] }
        return TextMatching.bulletBody(line.text)
    }

    /// Whether the line runs to the right margin, i.e. its paragraph probably continues on the next line.
    func isFull(_ line: SourceLine, config: SegmentationConfig) -> Bool {
        line.box.maxX >= rightMargin(page: line.page) - config.wrapSlack
    }

    /// Whether `next` continues `line`'s paragraph by wrapping: the first word of `next` would not have fit
    /// at the end of `line` (or `line` reaches the margin anyway).
    func wraps(_ line: SourceLine, into next: SourceLine, config: SegmentationConfig) -> Bool {
        if isFull(line, config: config) { return true }
        let firstWord = next.text.prefix { $0 != " " }.count + 1
        let charWidth = next.box.width / Double(max(1, CharacterCount.of(next.text)))
        return line.box.maxX + Double(firstWord) * charWidth >= rightMargin(page: line.page) - config.marginTolerance
    }

    func isLarger(_ line: SourceLine, config: SegmentationConfig) -> Bool {
        line.size >= bodySize(page: line.page) + config.fontSizeTolerance
    }

    func isSmaller(_ line: SourceLine, config: SegmentationConfig) -> Bool {
        line.size <= bodySize(page: line.page) - config.fontSizeTolerance
    }

    func isEmphasised(_ line: SourceLine, config: SegmentationConfig) -> Bool {
        (line.bold && !bodyBold(page: line.page)) || isLarger(line, config: config)
    }

    private mutating func markParagraphs(config: SegmentationConfig) {
        for i in lines.indices {
            let line = lines[i]
            guard i > 0 else {
                lines[i].startsParagraph = true
                lines[i].spaceBefore = true
                continue
            }
            let prev = lines[i - 1]
            let newPage = prev.page != line.page
            let step = line.box.minY - prev.box.minY
            let gap = newPage || step > max(typicalStep, prev.box.height) * config.paragraphGapFactor
            lines[i].spaceBefore = gap
            let bullet = bulletBodies[i] != nil
            if hasBlocks {
                lines[i].startsParagraph = line.block == nil || line.block != prev.block || bullet
                continue
            }
            let styleChange = prev.bold != line.bold || abs(prev.size - line.size) >= config.fontSizeTolerance
            let prevShort = !isFull(prev, config: config)
            lines[i].startsParagraph =
                (gap && !newPage) || bullet || styleChange || prevShort
                || (newPage && TextMatching.endsSentence(prev.text))
        }
    }
}
