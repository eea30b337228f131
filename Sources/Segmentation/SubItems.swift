import DocumentModel

/// Sub-items of an agenda item: "a) …", "b) …" (or "a. …", "A) …") in alphabetical order from "a".
enum SubItems {
    /// The letter label ("a)") and title of a sub-item line, or nil.
    static func parse(_ text: String) -> (letter: Character, label: String, title: String)? {
        // An ASCII letter as a character of its own, then ")" or ".": the first two bytes tell most lines apart.
        let utf8 = text.utf8.prefix(2)
        guard utf8.count == 2, let first = utf8.first, let second = utf8.last,
            (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first),
            second == UInt8(ascii: ")") || second == UInt8(ascii: ".")
        else { return nil }
        let chars = Array(text.prefix(3))
        guard chars.count >= 2, chars[0].isLetter, chars[0].isASCII, chars[1] == ")" || chars[1] == "." else {
            return nil
        }
        let rest = text.dropFirst(2)
        guard rest.first == " ", let titleStart = rest.dropFirst().first, titleStart.isUppercase || titleStart.isNumber
        else { return nil }
        if chars[1] == ".", chars[0].isUppercase { return nil }  // "A. Jensen" is an initial
        let title = HeadingText.trimTitle(rest)
        return (Character(chars[0].lowercased()), String(chars[0...1]), title)
    }

    static func find(in lines: [SourceLine]) -> [SubItem] {
        var result: [SubItem] = []
        var expected: Character = "a"
        for line in lines where line.startsParagraph {
            guard let sub = parse(line.text), sub.letter == expected || (sub.letter == "a" && !result.isEmpty)
            else { continue }
            if sub.letter == "a", !result.isEmpty { break }  // a second list restarts: keep the first
            result.append(SubItem(label: sub.label, title: sub.title))
            expected = Character(UnicodeScalar(expected.unicodeScalars.first!.value + 1)!)
        }
        return result
    }
}
