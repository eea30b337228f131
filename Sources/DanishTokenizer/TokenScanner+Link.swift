extension TokenScanner {
    /// A URL ("https://…", "www.…") or e-mail address starting at `start`: its end and kind, else nil.
    /// Trailing punctuation ("…dk." or "…ashx)," ) is left for the next tokens.
    func link(at start: Int, end: Int, hasAt: Bool) -> (Int, TokenKind)? {
        let first = bytes[start] | 0x20
        if first == 0x68 || first == 0x77,
            startsWith("https://", at: start, end) || startsWith("http://", at: start, end)
                || startsWith("www.", at: start, end)
        {
            return (trimmedEnd(start, end), .url)
        }
        guard hasAt, let linkEnd = emailEnd(start, end) else { return nil }
        return (linkEnd, .email)
    }

    private func startsWith(_ prefix: StaticString, at start: Int, _ end: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - start > count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where bytes[start + k] | 0x20 != p[k] | 0x20 {
            return false
        }
        return true
    }

    /// The end of "local@domain.tld" from `start`, else nil.
    private func emailEnd(_ start: Int, _ end: Int) -> Int? {
        var i = start
        var at = -1
        while i < end {
            let (c, len) = classAt(i, end)
            if c == .at {
                guard at < 0 else { return nil }
                at = i
            } else if !(c.isAlnum || c == .period || c == .hyphen || bytes[i] == 0x5F || bytes[i] == 0x2B) {
                break
            }
            i += len
        }
        guard at > start else { return nil }
        let linkEnd = trimmedEnd(at, i)
        guard linkEnd > at + 1, bytes[(at + 1)..<linkEnd].contains(0x2E) else { return nil }
        return linkEnd
    }

    /// `end` moved back over closing punctuation; a ")" stays when the link opened a "(".
    private func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start {
            let b = bytes[e - 1]
            if b == 0x29, bytes[start..<e].contains(0x28) { break }
            switch b {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x3E: e -= 1
            case 0x80...0xBF:
                // A multi-byte closing quote ("”", "»"): find its lead byte and test its class.
                var lead = e - 1
                while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                let c = classAt(lead, e).0
                guard c == .quote || c == .close || c == .apostrophe else { return e }
                e = lead
            default: return e
            }
        }
        return e
    }
}
