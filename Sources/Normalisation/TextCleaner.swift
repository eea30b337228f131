import Foundation

/// Per-line text repair: what a PDF's text layer leaves that no reader wants.
///
/// Soft hyphens inside a line are removed; a soft hyphen at the very end is kept (as the last character)
/// so the dehyphenator can see a certain break, and removed there. Ligatures are expanded, private-use
/// bullets (Symbol/Wingdings glyphs mapped into U+F000–U+F0FF) become "•", control characters are dropped,
/// whitespace runs collapse to one space, and the result is NFC.
enum TextCleaner {
    static let softHyphen: Character = "\u{AD}"

    private static let ligatures: [Unicode.Scalar: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
        "\u{FB05}": "st", "\u{FB06}": "st",
    ]

    /// Private-use code points that Symbol and Wingdings fonts use for arrows, checks and boxes rather
    /// than bullets; everything else in the range reads as a bullet.
    static func isPrivateUseBullet(_ scalar: Unicode.Scalar) -> Bool {
        (0xF000...0xF0FF).contains(scalar.value)
    }

    /// The cleaned text of one line.
    static func clean(_ text: String) -> String {
        if isAlreadyClean(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingSoftHyphen = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{AD}" {
                pendingSoftHyphen = true
                continue
            }
            if scalar.properties.isWhitespace || scalar == "\u{200B}" {
                pendingSpace = !out.isEmpty
                continue
            }
            // Anything after a soft hyphen means it was not at the line end: drop it.
            pendingSoftHyphen = false
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if let expanded = ligatures[scalar] {
                out.append(contentsOf: expanded.unicodeScalars)
            } else if isPrivateUseBullet(scalar) {
                out.append("•")
            } else {
                out.append(scalar)
            }
        }
        var result = String(out)
        if !result.unicodeScalars.allSatisfy(isNFCStable) { result = result.precomposedStringWithCanonicalMapping }
        if pendingSoftHyphen && !result.isEmpty { result.append(softHyphen) }
        return result
    }

    /// Scalars that are their own NFC form and never combine with a neighbour: everything below the combining
    /// diacritics (Latin-1, Latin Extended-A/B), and the dashes, quotes, bullet and euro sign of running text.
    /// A line made only of these needs no Unicode normalisation, the costly part of cleaning (most lines).
    static func isNFCStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x2015, 0x2018...0x201F, 0x2022, 0x2026, 0x20AC: true
        default: false
        }
    }

    /// Printable, single-spaced, NFC-stable text with nothing to repair: returned as it is.
    private static func isAlreadyClean(_ text: String) -> Bool {
        var previousWasSpace = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            guard value > 0x20, value != 0x7F, value != 0xA0, value != 0xAD, !(0x80..<0xA0).contains(value),
                isNFCStable(scalar)
            else { return false }
        }
        return !previousWasSpace || text.isEmpty
    }

    /// Removes the soft-hyphen marker the cleaner left at a line end.
    static func dropSoftHyphenMarker(_ text: String) -> String {
        // U+00AD ends in byte 0xAD: other lines are answered without finding their last character.
        guard text.utf8.last == 0xAD else { return text }
        return text.last == softHyphen ? String(text.dropLast()) : text
    }
}
