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

    /// The lowercased word in `range` of `bytes`: ASCII is lowered byte by byte, anything else by `lowercased()`.
    static func lowercased(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        guard word.allSatisfy({ $0 < 0x80 }) else { return String(decoding: word, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: word.count) { out in
            for (offset, byte) in word.enumerated() {
                out[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            return word.count
        }
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
            let value = (Int(byte & 0x1F) << 6) | Int(bytes[index + 1] & 0x3F)
            return value < 0x300 ? letterOrNumber[value] : SingleScalarText.isLetterOrNumber(scalar(value))
        default:
            // Three-byte scalars of single-scalar text are dashes, quotes, the bullet, ellipsis and euro sign.
            return false
        }
    }
}
