/// Counting `Character`s without grapheme breaking: layout code counts the characters of every line several
/// times (widths per character, long-line tests), and `String.count` breaks graphemes one by one.
///
/// Where every scalar is one that never joins its neighbours (`WhitespaceScan.standsAloneAfterSpace`: Latin,
/// general punctuation, symbols, private-use bullets; none of them a combining mark, joiner, prepended mark or
/// regional indicator) and no CR is followed by LF, each scalar is one character. Other text is counted by
/// `String.count` as before.
enum CharacterCount {
    static func of(_ text: some StringProtocol) -> Int {
        let fast = text.utf8.withContiguousStorageIfAvailable(scalarCount)
        let result = (fast ?? nil) ?? text.count
        assert(result == text.count, "scalar count differs from Character count")
        return result
    }

    /// The number of scalars, or nil when some scalar may join a neighbour into one character.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == 0x0D { return nil }
                i += 1
            } else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard i + length <= bytes.count,
                    WhitespaceScan.standsAloneAfterSpace(WhitespaceScan.decode(bytes, at: i, length: length))
                else { return nil }
                i += length
            }
            count += 1
        }
        return count
    }
}
