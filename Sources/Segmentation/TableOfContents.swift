/// Marks candidates that belong to a table of contents (or an agenda listed before the item bodies): lines
/// with dot leaders and page numbers, and dense runs of numbered lines whose numbers and titles recur later.
/// The later bodies win; the listed lines become ordinary text of the header.
struct TableOfContents {
    let layout: DocumentLayout
    let vocabulary: SegmentationVocabulary

    /// Returns the candidates with `tableOfContents` set, and the lines of the detected runs.
    func mark(_ candidates: [HeadingCandidate]) -> (candidates: [HeadingCandidate], lines: [Int]) {
        var result = candidates
        for i in result.indices where hasLeader(layout.lines[result[i].line].text) { result[i].tableOfContents = true }
        // The first title words of a candidate, lower-cased once and only when compared: runs compare their
        // candidates with every later one, and most pairs already differ in number.
        var titles = [[Substring]?](repeating: nil, count: result.count)
        func title(_ i: Int) -> [Substring] {
            if let known = titles[i] { return known }
            let words = Array(TextMatching.words(result[i].rest.lowercased()).prefix(3))
            titles[i] = words
            return words
        }
        // The same item listed twice: same number, and the titles agree in their first words (or one side has
        // no title, as in "Ad 1." answering an agenda).
        func same(_ i: Int, _ j: Int) -> Bool {
            guard result[i].number == result[j].number, result[i].suffix == result[j].suffix else { return false }
            if title(i).isEmpty || title(j).isEmpty { return result[j].form == .prefixed }
            return title(i) == title(j)
        }
        // Dense runs: consecutive candidates at most two lines apart.
        var runs: [[Int]] = []
        for i in result.indices {
            if let last = runs.last?.last, result[i].line - result[last].line <= 3 {
                runs[runs.count - 1].append(i)
            } else {
                runs.append([i])
            }
        }
        for run in runs {
            let end = result[run.last!].line
            let hasLeaders = run.contains { result[$0].tableOfContents }
            let titled = titleLineBefore(result[run.first!].line)
            guard run.count >= 2 || titled || hasLeaders else { continue }
            let later = result.indices.filter { result[$0].line > end }
            let recurring = run.filter { i in later.contains { same(i, $0) } }
            // Mark the listed lines, not a body heading that merely follows the list closely.
            if recurring.count * 5 >= run.count * 3 || (titled && !recurring.isEmpty) {
                for i in recurring { result[i].tableOfContents = true }
            }
        }
        let lines = result.filter(\.tableOfContents).map(\.line)
        return (result, lines)
    }

    /// "Titel ........ 4", "Titel … 4".
    private func hasLeader(_ text: String) -> Bool {
        guard let last = text.last, last.isNumber else { return false }
        return PlainSearch.contains(text, "....") || PlainSearch.contains(text, "…")
            || PlainSearch.contains(text, ". . .")
    }

    private func titleLineBefore(_ line: Int) -> Bool {
        for i in stride(from: line - 1, through: max(0, line - 3), by: -1) {
            if vocabulary.matchers.tableOfContentsTitles.contains(line: layout.lines[i].text) { return true }
        }
        return false
    }
}
