import DocumentModel

/// Finds page furniture: running headers and footers repeated across pages (digits may change, text may
/// change slightly), and lone page numbers in the top or bottom band. Removes them from `lines` into
/// `furniture` with a reason; a line is never removed for repeating unless it repeats on enough pages.
struct FurnitureDetector {
    let config: NormalisationConfig

    /// Digit-masked shapes, spaces removed, that a printed page number takes.
    static let pageNumberShapes: Set<String> = [
        "#", "-#-", "–#–", "—#—", "(#)", "[#]", "#/#", "#af#", "#of#", "side#", "side#af#", "side#/#", "side:#",
        "s.#", "s.#af#", "page#", "page#of#", "p.#", "sida#", "sida#av#", "seite#", "seite#von#",
    ]

    private enum Band { case top, bottom }

    private struct Candidate {
        var page: Int  // index into pages
        var line: Int  // index into the page's lines
        var band: Band
        var key: String
        var shape: String  // the key without whitespace, compared with `pageNumberShapes`
        var offset: Double  // distance from the page edge of its band

        init(page: Int, line: Int, band: Band, text: String, offset: Double) {
            self.page = page
            self.line = line
            self.band = band
            key = TextSimilarity.digitMasked(text)
            shape = TextSimilarity.withoutWhitespace(key)
            self.offset = offset
        }
    }

    private struct Group {
        var band: Band
        var key: String
        var offset: Double
        var pages: Set<Int> = []
        var members: [Candidate] = []
    }

    func apply(to pages: inout [Page], diagnostics: inout [Diagnostic]) {
        let candidates = pages.indices.flatMap { candidatesOn(pages[$0], index: $0) }
        let required = max(2, Int((config.furnitureMinPageFraction * Double(pages.count)).rounded(.up)))
        var removals: [Int: [Int: Furniture.Reason]] = [:]  // page index → line index → reason
        for candidate in candidates where isLonePageNumber(candidate, on: pages[candidate.page]) {
            removals[candidate.page, default: [:]][candidate.line] = .pageNumber
        }
        for group in groups(of: candidates) where group.pages.count >= required {
            for member in group.members where removals[member.page]?[member.line] == nil {
                let reason: Furniture.Reason =
                    Self.pageNumberShapes.contains(member.shape)
                    ? .pageNumber : (group.band == .top ? .runningHeader : .runningFooter)
                removals[member.page, default: [:]][member.line] = reason
            }
        }
        keepRowsWithBody(&removals, pages: pages)
        var pagesByReason: [Furniture.Reason: Set<Int>] = [:]
        for (pageIndex, lines) in removals {
            for (lineIndex, reason) in lines.sorted(by: { $0.key < $1.key }) {
                let line = pages[pageIndex].lines[lineIndex]
                pages[pageIndex].furniture.append(Furniture(text: line.text, box: line.box, reason: reason))
                pagesByReason[reason, default: []].insert(pageIndex)
            }
            let removed = Set(lines.keys)
            pages[pageIndex].lines = pages[pageIndex].lines.enumerated().filter { !removed.contains($0.offset) }
                .map(\.element)
        }
        for reason in [Furniture.Reason.runningHeader, .runningFooter, .pageNumber] {
            guard let count = pagesByReason[reason]?.count else { continue }
            diagnostics.append(
                .info("furniture.removed", "\(Self.describe(reason)) removed on \(count)/\(pages.count) pages"))
        }
    }

    /// A header line shares its row only with other furniture; a line sharing its row with body text
    /// (a list marker "i." beside its item near the bottom) is body, however often it repeats.
    private func keepRowsWithBody(_ removals: inout [Int: [Int: Furniture.Reason]], pages: [Page]) {
        for (pageIndex, lines) in removals {
            let page = pages[pageIndex]
            let kept = lines.filter { lineIndex, reason in
                reason == .pageNumber
                    || !page.lines.indices.contains { other in
                        lines[other] == nil && other != lineIndex
                            && page.lines[other].box.verticalOverlap(with: page.lines[lineIndex].box)
                                > 0.5 * min(page.lines[other].box.height, page.lines[lineIndex].box.height)
                    }
            }
            removals[pageIndex] = kept
        }
    }

    static func describe(_ reason: Furniture.Reason) -> String {
        switch reason {
        case .runningHeader: "running header"
        case .runningFooter: "running footer"
        case .pageNumber: "page number"
        case .repeatedText: "repeated text"
        case .letterhead: "letterhead"
        }
    }

    private func candidatesOn(_ page: Page, index: Int) -> [Candidate] {
        let band = config.furnitureBandFraction * page.height
        return page.lines.indices.compactMap { lineIndex in
            let line = page.lines[lineIndex]
            guard !line.text.isEmpty else { return nil }
            // A candidate's key is made only for the few lines in a band: masking every body line was the
            // stage's largest cost.
            if line.box.maxY <= band {
                return Candidate(page: index, line: lineIndex, band: .top, text: line.text, offset: line.box.minY)
            }
            if line.box.minY >= page.height - band {
                return Candidate(
                    page: index, line: lineIndex, band: .bottom, text: line.text, offset: page.height - line.box.maxY)
            }
            return nil
        }
    }

    /// A page number stands alone: nothing else on the page shares its height (a table of contents'
    /// page column does).
    private func isLonePageNumber(_ candidate: Candidate, on page: Page) -> Bool {
        guard Self.pageNumberShapes.contains(candidate.shape) else { return false }
        let box = page.lines[candidate.line].box
        return !page.lines.indices.contains { index in
            index != candidate.line && page.lines[index].box.verticalOverlap(with: box) > 0
        }
    }

    /// Clusters candidates that are the same running text: same band, about the same distance from the
    /// edge, similar digit-masked text.
    private func groups(of candidates: [Candidate]) -> [Group] {
        var groups: [Group] = []
        for candidate in candidates {
            let match = groups.firstIndex { group in
                group.band == candidate.band
                    && abs(group.offset - candidate.offset) <= config.furniturePositionTolerance
                    && TextSimilarity.similar(group.key, candidate.key, fraction: config.furnitureMaxEditFraction)
            }
            if let match {
                groups[match].pages.insert(candidate.page)
                groups[match].members.append(candidate)
            } else {
                var group = Group(band: candidate.band, key: candidate.key, offset: candidate.offset)
                group.pages.insert(candidate.page)
                group.members.append(candidate)
                groups.append(group)
            }
        }
        return groups
    }
}
