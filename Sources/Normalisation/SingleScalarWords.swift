/// The words of a line of single-scalar text (see `SingleScalarText`), found in its UTF-8 bytes by the
/// same rules as `split(separator: " ")` followed by `DocumentVocabulary.word(_:)`: a token without its
/// surrounding punctuation, inner hyphens and dots kept. Reading bytes avoids grapheme breaking and the
/// Substrings and Strings the `Character` route makes for every token of a document.
enum SingleScalarWords {
    /// Whether each scalar below U+0300 is a letter or a number (`SingleScalarText.isLetterOrNumber`).
    private static let letterOrNumber: [Bool] = (0..<0x300).map { SingleScalarText.isLetterOrNumber(scalar($0)) }

    private static func scalar(_ value: Int) -> Unicode.Scalar { Unicode.Scalar(UInt32(value)) ?? " " }

    /// Whether `bytes` is the UTF-8 of single-scalar text.
    static func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0D: return false
            case 0..<0x80: index += 1
            case 0xC2...0xCB: index += 2  // U+0080–U+02FF
            case 0xE2:
                guard index + 2 < bytes.count else { return false }
                let value =
                    (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
                    | UInt32(bytes[index + 2] & 0x3F)
                guard let scalar = Unicode.Scalar(value), SingleScalarText.isStandalone(scalar) else { return false }
                index += 3
            default: return false
            }
        }
        return true
    }

    /// Calls `body` with the byte range of each word of at least two characters that does not end in a
    /// hyphen, leaving out the line's first token when `skippingFirstToken`. `bytes` must hold.
    static func forEach(
        in bytes: UnsafeBufferPointer<UInt8>, skippingFirstToken: Bool, _ body: (Range<Int>) -> Void
    ) {
        var skips = skippingFirstToken
        var index = 0
        while index < bytes.count {
            guard bytes[index] != 0x20 else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] != 0x20 { index += 1 }
            if skips {
                skips = false
                continue
            }
            var first = start
            while first < index, !isLetterOrNumber(at: first, in: bytes) { first += length(of: bytes[first]) }
            var end = index
            while end > first {
                let previous = scalarStart(before: end, in: bytes)
                if bytes[previous] == 0x2D || isLetterOrNumber(at: previous, in: bytes) { break }
                end = previous
            }
            // At least two characters, and not ending in a hyphen.
            guard first < end, first + length(of: bytes[first]) < end, bytes[end - 1] != 0x2D else { continue }
            body(first..<end)
        }
    }

    /// The lowercased word in `range` of `bytes`, as `lowercased()` gives it (a scalar at a time, without
    /// context): ASCII and two-byte letters are lowered through tables in one pass, and a word with a letter
    /// whose lowercase differs in length is left to `lowercased()`.
    static func lowercased(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        let table = twoByteLowercase
        do {
            return try String(unsafeUninitializedCapacity: word.count) { out in
                var index = 0
                while index < word.count {
                    let byte = word[index]
                    switch byte {
                    case 0..<0x80:
                        out[index] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                        index += 1
                    case 0xC0..<0xE0:
                        let lower = table[twoByteValue(at: index, in: word) - 0x80]
                        guard lower != 0 else { throw NotInTable() }
                        out[index] = 0xC0 | UInt8(lower >> 6)
                        out[index + 1] = 0x80 | UInt8(lower & 0x3F)
                        index += 2
                    default:
                        // The three-byte scalars of single-scalar text (dashes, quotes, …) are their own lowercase.
                        out[index] = byte
                        out[index + 1] = word[index + 1]
                        out[index + 2] = word[index + 2]
                        index += 3
                    }
                }
                return word.count
            }
        } catch {
            return String(decoding: word, as: UTF8.self).lowercased()
        }
    }

    private struct NotInTable: Error {}

    /// The lowercase of each scalar from U+0080 to U+02FF when that is one scalar of two UTF-8 bytes too
    /// (the same length, so a word can be lowered in place), else 0.
    private static let twoByteLowercase: [UInt16] = (0x80..<0x300).map { value in
        let mapping = scalar(value).properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let lower = mapping.first, (0x80..<0x800).contains(lower.value) else { return 0 }
        return UInt16(lower.value)
    }

    private static func twoByteValue(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        (Int(bytes[index] & 0x1F) << 6) | Int(bytes[index + 1] & 0x3F)
    }

    private static func length(of leadByte: UInt8) -> Int {
        switch leadByte {
        case 0..<0x80: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        default: 4
        }
    }

    private static func scalarStart(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = end - 1
        while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    private static func isLetterOrNumber(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = bytes[index]
        switch byte {
        case 0..<0x80: return letterOrNumber[Int(byte)]
        case 0xC0..<0xE0:
            let value = twoByteValue(at: index, in: bytes)
            return value < 0x300 ? letterOrNumber[value] : SingleScalarText.isLetterOrNumber(scalar(value))
        default:
            // Three-byte scalars of single-scalar text are dashes, quotes, the bullet, ellipsis and euro sign.
            return false
        }
    }
}
