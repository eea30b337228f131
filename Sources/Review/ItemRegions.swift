import DocumentModel

/// Which normalised lines belong to which agenda item. Items are in reading order: an item's heading is the
/// run of lines inside its `headingBox` on page `pages.first`, and its body is every line after the heading up
/// to the next item's heading, walking `pages[].lines` in order. Lines before the first heading are the
/// meeting header's.
struct ItemRegions {
    /// A line's address: 1-based page and index into that page's `lines`.
    struct LineRef: Hashable {
        var page: Int
        var index: Int
    }

    struct Region {
        var itemIndex: Int
        var heading: [LineRef]
        var body: [LineRef]
        /// For each labelled section (index into `sections`), the line its label starts on.
        var sectionLines: [(section: Int, line: LineRef)]
    }

    /// Heading lines may stick out of the heading box by float noise.
    static let tolerance = 0.75

    private(set) var regions: [Region] = []
    private(set) var headerLines: [LineRef] = []

    init(document: Document) {
        let items = document.minutes?.items ?? []
        let flat = document.pages.flatMap { page in page.lines.indices.map { LineRef(page: page.number, index: $0) } }
        let starts = Self.headingStarts(items: items, pages: document.pages, flat: flat)
        headerLines = Array(flat[..<(starts.compactMap { $0 }.first ?? flat.count)])
        for (itemIndex, item) in items.enumerated() {
            guard let start = starts[itemIndex] else {
                regions.append(Region(itemIndex: itemIndex, heading: [], body: [], sectionLines: []))
                continue
            }
            let end = starts[(itemIndex + 1)...].compactMap { $0 }.first(where: { $0 > start }) ?? flat.count
            var headingEnd = start + 1
            while headingEnd < end, Self.isInHeading(flat[headingEnd], item: item, pages: document.pages) {
                headingEnd += 1
            }
            let body = Array(flat[headingEnd..<end])
            let sections = SectionLocator.locate(item.sections, in: body, pages: document.pages)
            regions.append(
                Region(
                    itemIndex: itemIndex, heading: Array(flat[start..<headingEnd]), body: body, sectionLines: sections))
        }
    }

    /// The position in `flat` of each item's first heading line; nil when the heading cannot be found.
    /// Positions only grow: a heading found before the previous one's is treated as not found.
    private static func headingStarts(items: [AgendaItem], pages: [Page], flat: [LineRef]) -> [Int?] {
        var starts: [Int?] = []
        var searchFrom = 0
        for item in items {
            let found = flat[searchFrom...].firstIndex { isInHeading($0, item: item, pages: pages) }
            starts.append(found)
            if let found { searchFrom = found + 1 }
        }
        return starts
    }

    private static func isInHeading(_ ref: LineRef, item: AgendaItem, pages: [Page]) -> Bool {
        guard let box = item.headingBox, ref.page == item.pages.first, let line = line(ref, in: pages) else {
            return false
        }
        let t = tolerance
        return line.box.minX >= box.minX - t && line.box.maxX <= box.maxX + t && line.box.minY >= box.minY - t
            && line.box.maxY <= box.maxY + t
    }

    static func line(_ ref: LineRef, in pages: [Page]) -> Line? {
        guard ref.page >= 1, ref.page <= pages.count, pages[ref.page - 1].lines.indices.contains(ref.index) else {
            return nil
        }
        return pages[ref.page - 1].lines[ref.index]
    }
}
