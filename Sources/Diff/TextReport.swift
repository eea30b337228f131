import Emit

/// The readable report: per differing document, its changes grouped under the item, participant or page they
/// belong to, long texts as word diffs with context.
///
/// ```
/// region/udvalg.pdf
///   items[3] 4. "Handleplan for det nære sundhedsvæsen"
///     text: …forslag til indsatser under [-handleplanens-]{+handlingsplanens+} fire indsatsområder…
///   meeting.location: "Rådhuset" → "Rådhuset, mødelokale A"
/// 1 document differs, 14 unchanged
/// ```
public struct TextReport: Sendable {
    /// Added or removed elements of one list shown before the rest are only counted.
    static let listedPerList = 5
    /// Hunks shown for one changed text before the rest are only counted.
    static let hunksPerText = 8
    /// Strings with more words than this (or a line break) are shown as word diffs, shorter ones whole.
    static let wordDiffThreshold = 12
    /// Words of a removed or added run shown before it is cut.
    static let wordsPerRun = 30

    public var style: TerminalStyle
    /// Unchanged words shown either side of a change.
    public var context: Int

    public init(style: TerminalStyle = TerminalStyle(colour: false), context: Int = 4) {
        self.style = style
        self.context = context
    }

    /// Every document that differs or failed, then the tally line.
    public func render(_ results: [DocumentDiff]) -> String {
        let blocks = results.filter { $0.differs || $0.error != nil }.map(render)
        return blocks.joined() + DiffTally(results).line + "\n"
    }

    /// One document's block; empty when it matches.
    public func render(_ result: DocumentDiff) -> String {
        if let error = result.error { return style.heading(result.document) + "\n  " + style.error(error) + "\n" }
        if result.isNew {
            return style.heading(result.document) + "\n  " + style.addedLine("no expected output yet (new)") + "\n"
        }
        guard !result.changes.isEmpty else { return "" }
        var lines = [style.heading(result.document)]
        var scope: Scope?
        var shown: [String: Int] = [:]
        var summaryLine: [String: Int] = [:]
        // An item's text holds its sections' texts: when it changed, the same words in a section are not repeated.
        let textChanged = Set(result.changes.filter { $0.pattern == "items[].text" }.compactMap(\.scope))
        let furniture = result.changes.filter { $0.pattern == FurnitureSummary.pattern && $0.kind != .changed }
        for change in result.changes where !(change.pattern == FurnitureSummary.pattern && change.kind != .changed) {
            if change.pattern == "items[].sections[].text", let scope = change.scope, textChanged.contains(scope) {
                continue
            }
            if change.scope != scope, let next = change.scope {
                lines.append("  " + next.path + " " + next.title)
            }
            scope = change.scope
            let indent = scope == nil ? "  " : "    "
            if change.kind != .changed {
                // Long runs of added or removed furniture, diagnostics … are counted, not listed.
                let list = (scope?.path ?? "") + "|" + ContractShape.pattern(of: change.path)
                shown[list, default: 0] += 1
                let hidden = shown[list, default: 0] - Self.listedPerList
                if hidden > 0 {
                    let line = "\(indent)… and \(hidden) more"
                    if let index = summaryLine[list] {
                        lines[index] = line
                    } else {
                        summaryLine[list] = lines.count
                        lines.append(line)
                    }
                    continue
                }
            }
            lines += self.lines(for: change).map { indent + $0 }
        }
        lines += FurnitureSummary.lines(furniture, style: style).map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of one change, without indentation.
    func lines(for change: Change) -> [String] {
        let path = change.relativePath
        switch change.kind {
        case .added:
            return [style.addedLine("+ \(path) \(ValueDescription.describe(change.new, at: change.path))")]
        case .removed:
            return [style.removedLine("- \(path) \(ValueDescription.describe(change.old, at: change.path))")]
        case .changed:
            let note = Self.notes[change.pattern].map { " (\($0))" } ?? ""
            if case .string(let old)? = change.old, case .string(let new)? = change.new, isLong(old) || isLong(new) {
                return wordDiffLines(old, new, label: "\(path)\(note): ")
            }
            let old = ValueDescription.describe(change.old, at: change.path)
            let new = ValueDescription.describe(change.new, at: change.path)
            return ["\(path): \(style.removedLine(old)) → \(style.addedLine(new))\(note)"]
        }
    }

    /// What a change of these fields means to a reader.
    static let notes = ["items[].number": "renumbered", "items[].title": "retitled"]

    private func isLong(_ text: String) -> Bool {
        text.contains("\n") || text.split(whereSeparator: \.isWhitespace).count > Self.wordDiffThreshold
    }

    private func wordDiffLines(_ old: String, _ new: String, label: String) -> [String] {
        let hunks = WordDiff(old: old, new: new, context: context).hunks
        guard !hunks.isEmpty else { return [label + "white space changed"] }
        let padding = String(repeating: " ", count: label.count)
        var lines = hunks.prefix(Self.hunksPerText).enumerated().map { index, hunk in
            (index == 0 ? label : padding) + render(hunk)
        }
        if hunks.count > Self.hunksPerText {
            lines.append(padding + "… and \(hunks.count - Self.hunksPerText) more changes in this text")
        }
        return lines
    }

    private func render(_ hunk: WordDiff.Hunk) -> String {
        var body = ""
        for (index, piece) in hunk.pieces.enumerated() {
            // A replacement reads as one unit: `[-old-]{+new+}`, without a space between.
            if index > 0, case .added = piece, case .removed = hunk.pieces[index - 1] {
            } else if index > 0 {
                body += " "
            }
            switch piece {
            case .same(let words): body += words
            case .removed(let words): body += style.removedWords(cut(words))
            case .added(let words): body += style.addedWords(cut(words))
            }
        }
        return (hunk.startsInside ? "…" : "") + body + (hunk.endsInside ? "…" : "")
    }

    private func cut(_ words: String) -> String {
        let split = words.split(separator: " ")
        guard split.count > Self.wordsPerRun else { return words }
        return split.prefix(Self.wordsPerRun).joined(separator: " ")
            + " … (\(split.count - Self.wordsPerRun) more words)"
    }
}
