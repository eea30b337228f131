/// The role a Unicode scalar plays for the scanner.
///
/// Classification is a `switch` on the scalar value so the compiler emits a jump table for ASCII; only rare
/// non-Latin scalars fall through to the Unicode property tables.
enum CharClass: UInt8 {
    case space, newline, lower, upper, digit
    case period, comma, colon, semicolon, hyphen, slash, apostrophe, ampersand, at
    case quote, open, close, dash, bullet, ellipsis, terminal, otherPunct, symbol, none

    var isLetter: Bool { self == .lower || self == .upper }
    var isAlnum: Bool { self == .lower || self == .upper || self == .digit }
    var isSpace: Bool { self == .space || self == .newline }

    @inline(__always)
    static func of(_ v: UInt32) -> CharClass {
        if v < 0x80 { return ascii(v) }
        return nonASCII(v)
    }

    @inline(__always)
    static func ascii(_ v: UInt32) -> CharClass {
        switch v {
        case 0x61...0x7A: return .lower
        case 0x41...0x5A: return .upper
        case 0x30...0x39: return .digit
        case 0x20, 0x09, 0x0B, 0x0C: return .space
        case 0x0A, 0x0D: return .newline
        case 0x2E: return .period
        case 0x2C: return .comma
        case 0x3A: return .colon
        case 0x3B: return .semicolon
        case 0x2D: return .hyphen
        case 0x2F: return .slash
        case 0x27: return .apostrophe
        case 0x26: return .ampersand
        case 0x40: return .at
        case 0x22, 0x60: return .quote
        case 0x28, 0x5B, 0x7B: return .open
        case 0x29, 0x5D, 0x7D: return .close
        case 0x21, 0x3F: return .terminal
        case 0x2A: return .bullet
        case 0x23, 0x5C, 0x5F: return .otherPunct
        default: return v < 0x20 ? .space : .symbol
        }
    }

    static func nonASCII(_ v: UInt32) -> CharClass {
        switch v {
        case 0xC0...0xDE: return v == 0xD7 ? .symbol : .upper
        case 0xDF...0xFF: return v == 0xF7 ? .symbol : .lower
        case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x85, 0x2028, 0x2029: return .newline
        case 0xAD, 0x2010, 0x2011: return .hyphen
        case 0x2019: return .apostrophe
        case 0xAB, 0xBB, 0x2018, 0x201A...0x201F, 0x2039, 0x203A: return .quote
        case 0x2012...0x2015, 0x2212: return .dash
        case 0x2022, 0x2023, 0x2043, 0x25AA, 0x25AB, 0x25CF, 0x25E6, 0x25A0, 0x25A1, 0x2219:
            return .bullet
        case 0xB7, 0xF0A7, 0xF0B7, 0xF0D8, 0xF0FC, 0x27A2, 0x2794, 0x2713, 0x2714: return .bullet
        case 0x2026: return .ellipsis
        case 0xA1, 0xBF: return .terminal
        default: return byProperties(v)
        }
    }

    private static func byProperties(_ v: UInt32) -> CharClass {
        guard let scalar = Unicode.Scalar(v) else { return .none }
        let properties = scalar.properties
        if properties.isUppercase { return .upper }
        if properties.isAlphabetic { return .lower }
        // Non-ASCII digits count as letters: the number rules read ASCII digits only.
        if properties.numericType == .decimal { return .lower }
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .lower
        case .openPunctuation: return .open
        case .closePunctuation: return .close
        case .initialPunctuation, .finalPunctuation: return .quote
        case .dashPunctuation: return .dash
        case .otherPunctuation, .connectorPunctuation: return .otherPunct
        default: return .symbol
        }
    }
}
