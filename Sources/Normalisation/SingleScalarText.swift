/// Text in which every Unicode scalar is a character of its own: Latin letters, digits and the usual
/// punctuation of running text, which is nearly every line of a minute. On such text, work on scalars
/// gives exactly what work on `Character`s gives, without the cost of grapheme breaking; text with
/// anything else (combining marks, symbols, emoji) keeps the `Character` code paths.
enum SingleScalarText {
    /// Scalars that never join a neighbour into one grapheme cluster: everything below the combining
    /// diacritics except CR (which joins a following LF), and the dashes, quotes, bullet, ellipsis and euro
    /// sign of running text. Strings made of them are also in NFC, so they compare by their UTF-8 bytes.
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D: false
        case 0..<0x300, 0x2010...0x2015, 0x2018...0x201F, 0x2022, 0x2026, 0x20AC: true
        default: false
        }
    }

    /// Whether every scalar of `text` is a character of its own.
    static func holds(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(isStandalone)
    }

    /// `text.count`, counted by scalars when each is a character (no grapheme breaking).
    static func characterCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isStandalone(scalar) else { return text.count }
            count += 1
        }
        return count
    }

    /// `Character.isLetter || Character.isNumber` for the character made of this one scalar (both look
    /// at a character's first scalar only); ASCII is answered without the Unicode tables.
    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// `a < b` for strings in NFC, such as single-scalar text: String order is then the order of the UTF-8
    /// bytes, compared here without String's normalisation checks on every comparison.
    static func precedesInNFC(_ a: String, _ b: String) -> Bool {
        let answer = a.utf8.withContiguousStorageIfAvailable { first in
            b.utf8.withContiguousStorageIfAvailable { second in
                for index in 0..<min(first.count, second.count) where first[index] != second[index] {
                    return first[index] < second[index]
                }
                return first.count < second.count
            }
        }
        return (answer ?? nil) ?? (a < b)
    }

    /// `strings.sorted()` for strings in NFC: by their UTF-8 bytes, the first eight packed into an integer
    /// so that most comparisons are one integer comparison.
    static func sortedInNFC(_ strings: [String]) -> [String] {
        let decorated = strings.map { string in
            var leading: UInt64 = 0
            for (offset, byte) in string.utf8.prefix(8).enumerated() { leading |= UInt64(byte) << (56 - 8 * offset) }
            return (leading: leading, string: string)
        }
        return decorated.sorted { a, b in
            a.leading != b.leading ? a.leading < b.leading : precedesInNFC(a.string, b.string)
        }.map { $0.string }
    }
}
