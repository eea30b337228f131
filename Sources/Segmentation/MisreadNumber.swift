/// OCR text layers misread the digits of item numbers ("5." as "3 ."), and the misread heading then falls out
/// of the increasing sequence of items. A heading left out is taken as the one number missing between two
/// items when it is the only heading set like them in that gap and its number differs from the missing one by
/// a single digit that OCR confuses with the right one.
enum MisreadNumber {
    /// Digits OCR confuses in print, each with those it is read as.
    static let lookalikes: [Character: Set<Character>] = [
        "0": ["8"], "1": ["7"], "3": ["5", "8"], "5": ["3", "6"], "6": ["5", "8"], "7": ["1"],
        "8": ["0", "3", "6", "9"], "9": ["8"],
    ]

    /// Whether `expected` printed could have been read as `printed`: as many digits, one of them confused.
    static func couldBeMisread(_ printed: Int, as expected: Int) -> Bool {
        let read = Array(String(printed))
        let right = Array(String(expected))
        guard read.count == right.count else { return false }
        let differing = zip(read, right).filter { $0 != $1 }
        guard differing.count == 1, let (got, wanted) = differing.first else { return false }
        return lookalikes[wanted]?.contains(got) == true
    }
}

extension ItemSequence {
    /// The chosen items with misread headings put in their gaps (numbered as the gap says), and the headings
    /// so repaired with the number they were printed with.
    func fillingMisreadGaps(_ chain: [HeadingCandidate], candidates: [HeadingCandidate])
        -> (chain: [HeadingCandidate], repaired: [(heading: HeadingCandidate, printed: String)])
    {
        guard chain.count >= 2 else { return (chain, []) }
        let chosen = Set(chain.map(\.line))
        var result: [HeadingCandidate] = [chain[0]]
        var repaired: [(heading: HeadingCandidate, printed: String)] = []
        for (before, after) in zip(chain, chain.dropFirst()) {
            defer { result.append(after) }
            guard after.number == before.number + 2, before.suffix.isEmpty, after.suffix.isEmpty else { continue }
            let between = candidates.filter { c in
                c.line > before.line && c.line < after.line && !c.tableOfContents && !chosen.contains(c.line)
                    && sameStyle(c, before) && sameStyle(c, after) && c.depth == before.depth
            }
            guard between.count == 1, var heading = between.first, heading.suffix.isEmpty,
                MisreadNumber.couldBeMisread(heading.number, as: before.number + 1)
            else { continue }
            let printed = heading.printed
            heading.number = before.number + 1
            result.append(heading)
            repaired.append((heading, printed))
        }
        return (result, repaired)
    }
}
