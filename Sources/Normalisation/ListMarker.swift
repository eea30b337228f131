/// Recognises the marker a list item starts with: a bullet ("•", "-", "–", "▪", …), a number ("1.", "2)",
/// "1.1"), a letter ("a)", "b.") or a roman numeral ("I.", "iv)"), always followed by a space.
enum ListMarker {
    static let bullets: Set<Character> = [
        "•", "-", "–", "—", "▪", "■", "□", "○", "◦", "●", "►", "▸", "*", "·", "✓", "➢",
    ]

    /// Whether `text` starts with a list marker.
    static func startsList(_ text: String) -> Bool { markerLength(text) != nil }

    /// Whether `text` starts a new list item after the line `previous`. A bullet always does; a number or
    /// letter only before a capital or digit, or after a line that ended a sentence or clause, so that a
    /// wrapped line starting "16. november blev …" stays in its paragraph.
    static func startsItem(_ text: String, after previous: String?) -> Bool {
        guard let length = markerLength(text), let first = text.first else { return false }
        if bullets.contains(first) || first == "•" { return true }
        let following = text.dropFirst(length).drop { $0 == " " }.first
        if let following, following.isUppercase || following.isNumber { return true }
        guard let end = previous?.last else { return true }
        return ".:;!?".contains(end)
    }

    /// The length in characters of the leading marker, or nil when the text does not start with one.
    static func markerLength(_ text: String) -> Int? {
        if startsWithPlainWord(text) { return nil }
        guard let first = text.first else { return nil }
        if bullets.contains(first) {
            // "•Tekst" without a space still is a bullet; "-5 grader" or "–" alone is not.
            let rest = text.dropFirst()
            if rest.first == " " { return 1 }
            if first == "•" || first == "▪" || first == "●", let next = rest.first, next.isLetter { return 1 }
            return nil
        }
        let token = text.prefix { $0 != " " }
        // The token is not the whole text (compared by position: counting the text's characters is costly).
        guard token.endIndex < text.endIndex, let last = token.last, last == "." || last == ")" else { return nil }
        let label = token.dropLast().drop { $0 == "(" }
        guard !label.isEmpty else { return nil }
        if label.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) && label.first!.isNumber
            && label.count <= 6
        {
            return token.count
        }
        if label.count == 1, let letter = label.first, letter.isLetter, letter.isLowercase { return token.count }
        let roman: Set<Character> = ["i", "v", "x"]
        if label.count <= 4, label.lowercased().allSatisfy({ roman.contains($0) }) { return token.count }
        return nil
    }

    /// Whether the text starts with two ASCII bytes, the first a letter that is no roman digit and the
    /// second not the "." or ")" ending a letter label ("Referat", "Mødet"): no marker starts so, which
    /// settles most lines from their first two bytes. (Both being ASCII makes the first a character of its own.)
    private static func startsWithPlainWord(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), second < 0x80, second != 0x2E, second != 0x29
        else { return false }
        switch first {
        case 0x49, 0x56, 0x58, 0x69, 0x76, 0x78: return false  // I V X i v x
        case 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }
}
