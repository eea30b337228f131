/// The nesting of numbered lines: a numbered line whose number stands further right than an earlier numbered
/// line's on the same page, with nothing at that depth or shallower in between, belongs to a list under it
/// ("1. Rabat" / "   1. Orientering" / "      1. Jeppe …"). Board minutes nest action lists several levels
/// deep with the same digits; a nested list must not continue the agenda above it. The number's position is
/// compared, not the text's: a heading's title at a tab stop must not look nested under a body list's
/// hanging indent.
enum ListOutline {
    /// For each candidate, in order, the line of the numbered line it is nested under (nil at the top) and how
    /// many levels deep it is.
    static func nesting(of candidates: [HeadingCandidate], layout: DocumentLayout, tolerance: Double)
        -> [(parent: Int?, depth: Int)]
    {
        var stack: [(x: Double, line: Int)] = []
        var page = 0
        return candidates.map { c in
            let line = layout.lines[c.line]
            if line.page != page {
                stack = []  // margins differ between pages; nesting is read within one page
                page = line.page
            }
            let x = line.box.minX
            while let top = stack.last, top.x >= x - tolerance { stack.removeLast() }
            let nesting = (stack.last?.line, stack.count)
            stack.append((x, c.line))
            return nesting
        }
    }

    /// Where the text after the number begins, estimated from the line's average character width.
    static func textStart(_ c: HeadingCandidate, line: SourceLine) -> Double {
        let count = CharacterCount.of(line.text)
        guard count > 0, !c.rest.isEmpty else { return line.box.maxX }
        let prefix = max(0, count - CharacterCount.of(c.rest))
        return line.box.minX + line.box.width * Double(prefix) / Double(count)
    }
}
