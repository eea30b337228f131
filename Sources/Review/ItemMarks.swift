import DocumentModel

/// The boxes of one agenda item: its heading (tagged with the number), its body as runs of adjacent lines per
/// page, and its section labels tagged with their kind.
struct ItemMarks {
    let item: AgendaItem
    let region: ItemRegions.Region
    let pages: [Page]

    /// Body lines further apart than this many line heights start a new box, so a box hugs the text.
    static let runGapFactor = 1.8

    func boxes() -> [OverlayBox] {
        var result: [OverlayBox] = []
        let pageSpan =
            item.pages.first == item.pages.last
            ? "page \(item.pages.first)"
            : "pages \(item.pages.first)–\(item.pages.last)"
        let name = "Item \(item.number): \(item.title)"
        if let heading = region.heading.compactMap({ ItemRegions.line($0, in: pages)?.box }).enclosingRect {
            let presenter = item.presenter.map { ", presented by \($0)" } ?? ""
            result.append(
                mark(
                    .item, page: item.pages.first, box: heading, role: "heading", tag: item.number,
                    title: "\(name)\(presenter) — heading (\(pageSpan))"))
        }
        for run in bodyRuns() {
            let title = "\(name) — body (\(pageSpan))\n\n\(Self.excerpt(run.text))"
            result.append(mark(.item, page: run.page, box: run.box, role: "body", tag: nil, title: title))
        }
        for (sectionIndex, ref) in region.sectionLines {
            guard let line = ItemRegions.line(ref, in: pages) else { continue }
            let section = item.sections[sectionIndex]
            result.append(
                mark(
                    .section, page: ref.page, box: line.box, role: section.kind, tag: section.kind,
                    title: "Section \u{201C}\(section.label ?? "")\u{201D} (\(section.kind)) of item \(item.number)"))
        }
        return result
    }

    private func mark(
        _ kind: OverlayBox.Kind, page: Int, box: Rect, role: String, tag: String?, title: String
    ) -> OverlayBox {
        OverlayBox(
            kind: kind, page: page, box: box, role: role, item: item.number, itemIndex: region.itemIndex, tag: tag,
            title: title)
    }

    /// The body's lines merged into boxes: one per run of lines on a page with no large vertical gap, with the
    /// text read there (shown in the tooltip, so a reviewer can compare it with the page).
    private func bodyRuns() -> [(page: Int, box: Rect, text: String)] {
        var runs: [(page: Int, box: Rect, text: String)] = []
        for ref in region.body {
            guard let line = ItemRegions.line(ref, in: pages) else { continue }
            if let last = runs.last, last.page == ref.page,
                line.box.minY <= last.box.maxY + Self.runGapFactor * max(line.box.height, 1),
                line.box.maxY >= last.box.minY
            {
                runs[runs.count - 1].box = last.box.union(line.box)
                runs[runs.count - 1].text += "\n" + line.text
            } else {
                runs.append((ref.page, line.box, line.text))
            }
        }
        return runs
    }

    /// Tooltips stay readable: long runs are cut.
    static let excerptLength = 600

    static func excerpt(_ text: String) -> String {
        text.count <= excerptLength ? text : String(text.prefix(excerptLength)) + " …"
    }
}
