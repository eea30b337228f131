import DocumentModel

/// Applies hyphen decisions along a flow of lines (a document's body across pages, or one page's
/// asides). On a join or attach the next line's first word moves up to the line holding the head, so
/// joining the lines with one space afterwards gives the running text; every decision is recorded.
struct Dehyphenator {
    let decider: HyphenDecider

    /// Hyphen characters that may end a line at a break ("-" and U+2010), plus the cleaner's soft-hyphen marker.
    static let hyphens: Set<Character> = ["-", "\u{2010}", TextCleaner.softHyphen]

    /// Whether the text ends in a hyphen directly after a letter or digit ("Tilgængelig-", not " -" or "–").
    static func endsWithBreakCandidate(_ text: String) -> Bool {
        // Each hyphen's UTF-8 form ends in one of these bytes ("-", U+2010, U+00AD): nearly every line
        // is answered by its last byte, without grapheme breaking.
        guard let lastByte = text.utf8.last, lastByte == 0x2D || lastByte == 0x90 || lastByte == 0xAD else {
            return false
        }
        guard let last = text.last, hyphens.contains(last) else { return false }
        let before = text.dropLast().last
        return before.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// Decides every line-end hyphen in `lines` (in reading order), rewriting the lines. A line whose
    /// text moved up entirely is left empty (the caller drops it; indices stay stable meanwhile). Returns
    /// each decision with the index of the line holding the head.
    func apply(to lines: inout [Line]) -> [(line: Int, decision: HyphenDecision)] {
        var decisions: [(line: Int, decision: HyphenDecision)] = []
        for index in lines.indices {
            // Repeats while a moved tail was a whole line that itself ended in a hyphen ("Ung-" | "doms-").
            while Self.endsWithBreakCandidate(lines[index].text),
                // The next non-empty line: a line emptied by an earlier move no longer stands between.
                let next = lines[(index + 1)...].firstIndex(where: { !$0.text.isEmpty })
            {
                let decision = decide(head: lines[index], next: lines[next])
                decisions.append((index, decision.record))
                guard decision.outcome != .keep else { break }
                moveTail(from: next, to: index, result: decision.record.result, in: &lines)
                if !lines[next].text.isEmpty { break }
            }
            lines[index].text = TextCleaner.dropSoftHyphenMarker(lines[index].text)
        }
        return decisions
    }

    private func decide(head headLine: Line, next: Line) -> (outcome: HyphenDecider.Outcome, record: HyphenDecision) {
        let soft = headLine.text.last == TextCleaner.softHyphen
        let headToken = String(headLine.text.lastSpaceToken)
        let headWord = String(headToken.dropLast().drop { !$0.isLetter && !$0.isNumber })
        let tailToken = String(next.text.firstSpaceToken)
        let tailWord = DocumentVocabulary.word(Substring(tailToken))
        let tailIsClean = tailToken.hasPrefix(tailWord)
        var (outcome, reason) = decider.decide(
            head: headWord, tail: tailIsClean ? tailWord : "", soft: soft,
            nextStartsList: ListMarker.startsList(next.text))
        if outcome != .keep, !Self.continues(headLine, with: next) {
            (outcome, reason) = (.keep, "next line is not this line's continuation")
        }
        let kept = String(headToken.dropLast()) + (soft ? "" : "-")
        let result: String
        switch outcome {
        case .join: result = String(headToken.dropLast()) + tailToken
        case .attach: result = kept + tailToken
        case .keep: result = kept
        }
        let record = HyphenDecision(
            head: soft ? String(headToken.dropLast()) + "-" : headToken, tail: tailToken, result: result,
            joined: outcome == .join, reason: reason, box: headLine.box)
        return (outcome, record)
    }

    /// Whether `next` can carry on the text of `line`: below it and overlapping it horizontally, at the top
    /// of the next column, or on another page. Table cells glued out of order by the extractor fail this.
    static func continues(_ line: Line, with next: Line) -> Bool {
        guard line.page == next.page else { return true }
        let below = next.box.minY >= line.box.minY + 0.5 * line.box.height
        let overlaps = next.box.minX < line.box.maxX && line.box.minX < next.box.maxX
        let nextColumn = next.box.maxY < line.box.minY && next.box.minX >= line.box.midX
        return (below && overlaps) || nextColumn
    }

    private func moveTail(from source: Int, to target: Int, result: String, in lines: inout [Line]) {
        let headText = lines[target].text
        let headToken = String(headText.lastSpaceToken)
        if let space = headText.lastIndex(of: " ") {
            lines[target].text = String(headText[...space]) + result
        } else {
            lines[target].text = result
        }
        let nextText = lines[source].text
        let tailToken = String(nextText.firstSpaceToken)
        lines[source].text = String(nextText.dropFirst(tailToken.count)).trimmingPrefixSpaces()
        var sourceLinks = lines[source].links
        var targetLinks = lines[target].links
        LinkMover.move(head: headToken, tail: tailToken, result: result, from: &sourceLinks, to: &targetLinks)
        lines[source].links = sourceLinks
        lines[target].links = targetLinks
    }
}

extension String {
    fileprivate func trimmingPrefixSpaces() -> String { String(drop { $0 == " " }) }
}
