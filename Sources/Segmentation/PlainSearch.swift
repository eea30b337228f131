import Foundation

/// Foundation's `range(of:)` as a byte search, for text where the two agree: `TextMatching.find` searches every
/// participant entry and heading for phrases, and bridging to `NSString` for each search cost more than the search.
///
/// Foundation matches up to canonical equivalence and only whole composed character sequences. Where every
/// scalar of both strings is printable Latin (below the combining marks), general punctuation or a currency sign,
/// no scalar has a decomposition or combines with a neighbour, so equivalent strings are equal strings and
/// composed sequences are single scalars: the matches are exactly the byte matches. Other text is searched by
/// Foundation as before.
enum PlainSearch {
    /// `text.range(of: needle, range: from..<text.endIndex)`.
    static func range(of needle: String, in text: String, from: String.Index) -> Range<String.Index>? {
        let start = text.utf8.distance(from: text.startIndex, to: from)
        guard let found = byteRange(of: needle, in: text, from: start) else {
            return text.range(of: needle, range: from..<text.endIndex)
        }
        let utf8 = text.utf8
        let result = found.map {
            utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)
        }
        assert(result == text.range(of: needle, range: from..<text.endIndex), "byte search differs from Foundation")
        return result
    }

    /// `text.contains(needle)` (Foundation's, a search like `range(of:)`).
    static func contains(_ text: String, _ needle: String) -> Bool {
        guard let found = byteRange(of: needle, in: text, from: 0) else { return text.contains(needle) }
        assert((found != nil) == text.contains(needle), "byte search differs from Foundation")
        return found != nil
    }

    static func contains(_ text: Substring, _ needle: String) -> Bool {
        guard let found = byteRange(of: needle, in: text, from: 0) else { return text.contains(needle) }
        assert((found != nil) == text.contains(needle), "byte search differs from Foundation")
        return found != nil
    }

    /// `.some(nil)` when the needle does not occur from byte `start` on; nil when Foundation must decide.
    private static func byteRange(of needle: String, in text: some StringProtocol, from start: Int) -> Range<Int>?? {
        let found = text.utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { pin -> Range<Int>?? in
                guard !pin.isEmpty, isPlain(hay), isPlain(pin) else { return nil }
                guard start <= hay.count - pin.count else { return .some(nil) }
                for i in start...(hay.count - pin.count) where hay[i] == pin[0] {
                    var k = 1
                    while k < pin.count, hay[i + k] == pin[k] { k += 1 }
                    if k == pin.count { return .some(i..<(i + pin.count)) }
                }
                return .some(nil)
            }
        }
        return (found ?? nil) ?? nil
    }

    /// Whether every scalar is printable ASCII, Latin-1 or Latin Extended (no soft hyphen), general punctuation
    /// or a currency sign.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                guard byte >= 0x20, byte < 0x7F else { return false }
                i += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard i + length <= bytes.count else { return false }
            let v = WhitespaceScan.decode(bytes, at: i, length: length)
            guard
                ((0xA0..<0x300).contains(v) && v != 0xAD) || (0x2010...0x2027).contains(v)
                    || (0x2030...0x205E).contains(v) || (0x20A0...0x20CF).contains(v)
            else { return false }
            i += length
        }
        return true
    }
}
