/// Splitting at whitespace on UTF-8 bytes instead of `Character`s: `TextMatching.clean` and `words` run on every
/// line several times, and grapheme breaking plus `Character.isWhitespace` dominated them.
///
/// A `Character` is whitespace when its first scalar is. Scalar and character boundaries agree around whitespace
/// except where a scalar joins a whitespace scalar into one character: a combining mark after it or a prepended
/// mark before it. Where such a scalar could stand next to whitespace, the scan gives up (nil) and the caller
/// splits characters as before, so results are the same either way.
enum WhitespaceScan {
    /// Byte ranges of the words (maximal runs of non-whitespace), or nil when characters must decide.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        var start: Int?
        var afterSpace = false
        var mayPrepend = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            var length = 1
            var isSpace: Bool
            if byte < 0x80 {
                isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                if !isSpace { mayPrepend = false }
            } else {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard i + length <= bytes.count else { return nil }
                let scalar = decode(bytes, at: i, length: length)
                isSpace = isNonASCIIWhitespace(scalar)
                if !isSpace {
                    if afterSpace, !standsAloneAfterSpace(scalar) { return nil }
                    mayPrepend = scalar >= 0x600 && (scalar < 0xE00 || scalar >= 0x11000)
                }
            }
            if isSpace {
                if mayPrepend { return nil }
                if let s = start { words.append(s..<i) }
                start = nil
            } else if start == nil {
                start = i
            }
            afterSpace = isSpace
            i += length
        }
        if let s = start { words.append(s..<bytes.count) }
        return words
    }

    /// Whether `words` would find words whose join with single spaces is the text itself: no whitespace at either
    /// end, and every gap one space. Most lines are clean already, and this says so without building the word
    /// list. False also wherever `words` would leave the text to characters.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterSpace = false
        var mayPrepend = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte > 0x20 && byte < 0x80 {  // most bytes: printable ASCII
                afterSpace = false
                mayPrepend = false
                i += 1
                continue
            }
            if byte < 0x80 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    guard byte == 0x20, i > 0, !afterSpace, !mayPrepend else { return false }
                    afterSpace = true
                } else {
                    afterSpace = false
                    mayPrepend = false
                }
                i += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard i + length <= bytes.count else { return false }
            let scalar = decode(bytes, at: i, length: length)
            guard !isNonASCIIWhitespace(scalar), !afterSpace || standsAloneAfterSpace(scalar) else { return false }
            mayPrepend = scalar >= 0x600 && (scalar < 0xE00 || scalar >= 0x11000)
            afterSpace = false
            i += length
        }
        return !afterSpace
    }

    /// The scalar of the `length`-byte UTF-8 sequence at `i`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
        var value = UInt32(bytes[i]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return value
    }

    /// Unicode's White_Space scalars above ASCII (what `Unicode.Scalar.Properties.isWhitespace` tests).
    private static func isNonASCIIWhitespace(_ v: UInt32) -> Bool {
        v == 0x85 || v == 0xA0 || v == 0x1680 || (0x2000...0x200A).contains(v) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// Scalars that never join the character before them (no combining marks, joiners or spacing marks): Latin,
    /// general punctuation, symbols and the private-use bullets of symbol fonts.
    static func standsAloneAfterSpace(_ v: UInt32) -> Bool {
        v < 0x300 || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || (0x20A0...0x20CF).contains(v)
            || (0x2100...0x2BFF).contains(v) || (0xE000...0xF8FF).contains(v)
    }
}
