extension TokenScanner {
    /// Emits the digit-only token `start..<end` with its kind; a time range written without spaces
    /// ("13.00-15.00") becomes time, hyphen, time so the clock times stay readable.
    mutating func emitNumber(_ start: Int, _ end: Int) {
        let afterMarker = followsTimeMarker()
        let span = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard let shape = NumberShape(span) else {
            emit(start, end, .number)
            return
        }
        if shape.separators.count >= 2, shape.clockTime(0) != nil, shape.separators[1] == 0x2D,
            let hyphen = span.firstIndex(of: 0x2D)
        {
            let cut = start + hyphen
            emit(start, cut, .time)
            emit(cut, cut + 1, .punctuation)
            let rest = UnsafeBufferPointer(rebasing: bytes[(cut + 1)..<end])
            let kind = NumberShape(rest)?.kind(afterTimeMarker: true) ?? .number
            emit(cut + 1, end, kind)
            return
        }
        emit(start, end, shape.kind(afterTimeMarker: afterMarker))
    }

    /// Whether the previous token is a time marker such as "kl.".
    private func followsTimeMarker() -> Bool {
        guard let last = tokens.last, last.kind == .abbreviation || last.kind == .word,
            last.text.utf8.count <= 8
        else { return false }
        return lexicon.timeMarkers.contains(last.text.lowercased())
    }
}
