/// Furniture changes across a document's pages, summarised: a pipeline change that stops removing a running
/// header changes every page the same way, and one line per header says that better than one per page.
///
/// ```
/// pages[].furniture: 10 lines no longer furniture
///   - "Referat" (runningHeader) on pages 1–5
///   - "Side # af #" (pageNumber) on pages 1–5
/// ```
enum FurnitureSummary {
    static let pattern = "pages[].furniture[]"
    /// Groups listed before the rest are only counted.
    static let listedGroups = 6

    /// The summary lines (without indentation) of the added and removed furniture among `changes`.
    static func lines(_ changes: [Change], style: TerminalStyle) -> [String] {
        let removed = changes.filter { $0.kind == .removed }
        let added = changes.filter { $0.kind == .added }
        guard !removed.isEmpty || !added.isEmpty else { return [] }
        var counts: [String] = []
        if !removed.isEmpty {
            counts.append("\(removed.count) line\(removed.count == 1 ? "" : "s") no longer furniture")
        }
        if !added.isEmpty { counts.append("\(added.count) line\(added.count == 1 ? "" : "s") newly furniture") }
        var lines = ["pages[].furniture: " + counts.joined(separator: ", ")]
        lines += groupLines(removed, sign: "-").map { "  " + style.removedLine($0) }
        lines += groupLines(added, sign: "+").map { "  " + style.addedLine($0) }
        return lines
    }

    /// One line per text (page numbers and other digits as `#`) and reason, with the pages it is on.
    private static func groupLines(_ changes: [Change], sign: String) -> [String] {
        var order: [String] = []
        var groups: [String: (texts: Set<String>, reason: String, pages: [Int])] = [:]
        for change in changes {
            guard let line = change.old ?? change.new else { continue }
            let text = line["text"]?.stringValue ?? ValueDescription.compact(line)
            let reason = line["reason"]?.stringValue ?? "?"
            let key = String(text.map { $0.isNumber ? "#" : $0 }) + "|" + reason
            if groups[key] == nil { order.append(key) }
            groups[key, default: ([], reason, [])].texts.insert(text)
            groups[key]?.pages.append(pageNumber(of: change.path))
        }
        var lines = order.prefix(listedGroups).compactMap { key -> String? in
            guard let group = groups[key] else { return nil }
            let text = group.texts.count == 1 ? group.texts.first! : String(key.prefix { $0 != "|" })
            return "\(sign) \(ValueDescription.quoted(text)) (\(group.reason)) on \(pages(group.pages))"
        }
        if order.count > listedGroups { lines.append("… and \(order.count - listedGroups) more") }
        return lines
    }

    /// The page of `pages[i].furniture[j]`: pages are listed in order from 1.
    private static func pageNumber(of path: String) -> Int {
        let index = path.dropFirst("pages[".count).prefix { $0.isNumber }
        return (Int(index) ?? 0) + 1
    }

    /// `page 3`, `pages 1–5`, `pages 1, 3–4`.
    static func pages(_ numbers: [Int]) -> String {
        let sorted = Set(numbers).sorted()
        var ranges: [(Int, Int)] = []
        for number in sorted {
            if let last = ranges.last, last.1 + 1 == number {
                ranges[ranges.count - 1].1 = number
            } else {
                ranges.append((number, number))
            }
        }
        let text = ranges.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }.joined(separator: ", ")
        return (sorted.count == 1 ? "page " : "pages ") + text
    }
}
