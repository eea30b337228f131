/// The tokenizer's state machine over the UTF-8 bytes of one input.
///
/// The input is cut into whitespace-separated chunks with a tight byte loop; each chunk is then read scalar by
/// scalar. Words and numbers are scanned by `scanWord` (TokenScanner+Word.swift), whose trailing period is settled
/// by the abbreviation and ordinal rules (TokenScanner+Period.swift). Everything else here is one token per sign.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: DanishLexicon
    var tokens: [Token] = []

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: DanishLexicon) {
        self.bytes = bytes
        self.lexicon = lexicon
        tokens.reserveCapacity(bytes.count / 5 + 4)
    }

    mutating func run() {
        let n = bytes.count
        var i = 0
        while i < n {
            let (c, len) = classAt(i, n)
            if c.isSpace {
                i += len
                continue
            }
            let (end, hasAt) = chunkEnd(from: i)
            scanChunk(i, end, hasAt: hasAt)
            i = end
        }
    }

    /// The end of the non-space run starting at `start`, and whether it holds an "@".
    private func chunkEnd(from start: Int) -> (Int, Bool) {
        let n = bytes.count
        var j = start
        var hasAt = false
        while j < n {
            let b = bytes[j]
            if b < 0x80 {
                if b <= 0x20 { break }
                if b == 0x40 { hasAt = true }
                j += 1
            } else if b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF {
                // Only these lead bytes can start a non-ASCII space (NBSP, U+2000 block, U+3000, U+FEFF).
                let (c, len) = classAt(j, n)
                if c.isSpace { break }
                j += len
            } else {
                j += 1
            }
        }
        return (j, hasAt)
    }

    private mutating func scanChunk(_ start: Int, _ end: Int, hasAt: Bool) {
        var p = start
        while p < end {
            let (c, len) = classAt(p, end)
            switch c {
            case .lower, .upper, .digit:
                if let (linkEnd, kind) = link(at: p, end: end, hasAt: hasAt) {
                    emit(p, linkEnd, kind)
                    p = linkEnd
                } else {
                    p = scanWord(p, end, chunkStart: start)
                }
            case .period, .hyphen, .dash:
                // Runs of the same sign are one token: "...", "--".
                var q = p + len
                while q < end, bytes[q] == bytes[p], len == 1 { q += 1 }
                emit(p, q, .punctuation)
                p = q
            case .bullet: p = emitOne(p, len, .bullet)
            case .symbol, .ampersand, .at: p = emitOne(p, len, .symbol)
            default: p = emitOne(p, len, .punctuation)
            }
        }
    }

    private mutating func emitOne(_ p: Int, _ len: Int, _ kind: TokenKind) -> Int {
        emit(p, p + len, kind)
        return p + len
    }

    /// Appends the token `bytes[start..<end]`.
    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let spaceAfter = end < bytes.count && classAt(end, bytes.count).0.isSpace
        tokens.append(Token(text: text, kind: kind, range: start..<end, spaceAfter: spaceAfter))
    }

    /// The class and byte length of the scalar at `i`, or `.none` at or past `end`.
    @inline(__always)
    func classAt(_ i: Int, _ end: Int) -> (CharClass, Int) {
        guard i < end else { return (.none, 0) }
        let b0 = bytes[i]
        if b0 < 0x80 { return (CharClass.ascii(UInt32(b0)), 1) }
        let (v, len) = decode(i)
        return (CharClass.nonASCII(v), len)
    }

    /// Decodes the multi-byte scalar at `i`; malformed input is read one byte at a time as a symbol.
    @inline(__always)
    func decode(_ i: Int) -> (UInt32, Int) {
        let n = bytes.count
        let b0 = UInt32(bytes[i])
        if b0 >= 0xF0, i + 3 < n {
            let v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
            return (v | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F), 4)
        }
        if b0 >= 0xE0, i + 2 < n {
            let v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6
            return (v | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        if b0 >= 0xC0, i + 1 < n {
            return ((b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }

    /// The lowercased text of `bytes[start..<end]`.
    func lowered(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
    }
}
