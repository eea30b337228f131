import DocumentModel

/// Everything drawn over the pages of one document, as boxes in PDF points per page: agenda items (heading
/// and body), section labels, meeting header lines, removed furniture, links, hyphen decisions, letterhead
/// and other asides, and OCR words (or lines) below the confidence threshold.
struct PageOverlay {
    private(set) var boxes: [Int: [OverlayBox]] = [:]

    /// A hyphen marker covers this much of the end of the line holding the head, in points.
    static let hyphenMarkWidth = 14.0

    init(document: Document, regions: ItemRegions, options: ReviewOptions) {
        for page in document.pages {
            var list: [OverlayBox] = []
            list += page.asides.map { aside($0, page: page.number) }
            list += page.furniture.map { furniture($0, page: page.number) }
            list += page.hyphenation.map { hyphen($0, page: page.number) }
            list += page.links.map { link($0, page: page.number) }
            list += lowConfidence(page, options: options)
            boxes[page.number] = list
        }
        let items = document.minutes?.items ?? []
        let header = HeaderMarks(meeting: document.minutes?.meeting)
        for ref in regions.headerLines {
            guard let line = ItemRegions.line(ref, in: document.pages) else { continue }
            add(header.box(for: line, page: ref.page))
        }
        for region in regions.regions where items.indices.contains(region.itemIndex) {
            for box in ItemMarks(item: items[region.itemIndex], region: region, pages: document.pages).boxes() {
                add(box)
            }
        }
        // Larger, paler boxes first so the small precise ones stay on top and can be pointed at.
        for (page, list) in boxes {
            boxes[page] = list.enumerated().sorted {
                (Self.layer($0.element), $0.offset) < (Self.layer($1.element), $1.offset)
            }
            .map(\.element)
        }
    }

    private mutating func add(_ box: OverlayBox) {
        boxes[box.page, default: []].append(box)
    }

    private static func layer(_ box: OverlayBox) -> Int {
        switch box.kind {
        case .item: box.role == "heading" ? 3 : 0
        case .header, .aside: 1
        case .section: 4
        case .furniture: 2
        case .link, .hyphen: 5
        case .lowConfidence: 6
        }
    }

    private func aside(_ line: Line, page: Int) -> OverlayBox {
        OverlayBox(
            kind: .aside, page: page, box: line.box, role: "aside", tag: nil,
            title: "Letterhead / aside (outside the body, read for the meeting header): \(line.text)")
    }

    private func furniture(_ item: Furniture, page: Int) -> OverlayBox {
        let why: (tag: String, words: String) =
            switch item.reason {
            case .runningHeader: ("header", "running header")
            case .runningFooter: ("footer", "running footer")
            case .pageNumber: ("page no.", "page number")
            case .repeatedText: ("repeated", "text repeated on many pages")
            case .letterhead: ("letterhead", "letterhead")
            }
        return OverlayBox(
            kind: .furniture, page: page, box: item.box, role: item.reason.rawValue, tag: "removed: \(why.tag)",
            title: "Removed as \(why.words): \(item.text)")
    }

    private func hyphen(_ decision: HyphenDecision, page: Int) -> OverlayBox {
        let width = min(Self.hyphenMarkWidth, decision.box.width)
        let mark = Rect(
            x: decision.box.maxX - width, y: decision.box.minY, width: width, height: decision.box.height)
        let verdict = decision.joined ? "joined" : "kept"
        return OverlayBox(
            kind: .hyphen, page: page, box: mark, role: verdict, tag: nil,
            title: "Hyphen \(verdict): \(decision.head) + \(decision.tail) → \(decision.result) (\(decision.reason))")
    }

    private func link(_ link: PageLink, page: Int) -> OverlayBox {
        let anchor = link.anchorText.isEmpty ? "" : " (on \u{201C}\(link.anchorText)\u{201D})"
        return OverlayBox(
            kind: .link, page: page, box: link.box, role: "link", tag: nil, title: "Link to \(link.uri)\(anchor)",
            href: HTMLBuilder.safeHref(link.uri))
    }

    /// OCR words below the threshold; for a page read without word boxes, the lines whose mean is below it.
    private func lowConfidence(_ page: Page, options: ReviewOptions) -> [OverlayBox] {
        if !page.words.isEmpty {
            return page.words.filter { $0.confidence < options.lowConfidence }.map { word in
                OverlayBox(
                    kind: .lowConfidence, page: page.number, box: word.box, role: "word",
                    tag: String(Int(word.confidence.rounded())),
                    title: "OCR confidence \(Int(word.confidence.rounded())): \(word.text)")
            }
        }
        return page.lines.compactMap { line in
            guard let confidence = line.confidence, confidence < options.lowConfidence else { return nil }
            return OverlayBox(
                kind: .lowConfidence, page: page.number, box: line.box, role: "line",
                tag: String(Int(confidence.rounded())),
                title: "OCR line confidence \(Int(confidence.rounded())) (mean of its words): \(line.text)")
        }
    }
}
