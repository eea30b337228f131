/// Judges whether a page's text layer can be used as it is, or the page must be read by OCR.
///
/// A scan carries no text, or a few stray characters (a stamped page number); a PDF with a broken font
/// carries glyphs without a Unicode mapping, which poppler delivers as U+FFFD, private-use or control
/// characters. Both count as missing text.
public struct TextLayerQuality: Sendable, Equatable {
    /// Characters that read as text: letters, digits, punctuation and symbols, excluding replacement,
    /// private-use, control and unassigned code points. Whitespace is not counted.
    public var textCharacters: Int
    /// Non-whitespace characters that do not read as text.
    public var junkCharacters: Int

    /// At most this share of a usable layer's characters may be junk.
    public static let maximumJunkFraction = 0.25

    public init(textCharacters: Int, junkCharacters: Int) {
        self.textCharacters = textCharacters
        self.junkCharacters = junkCharacters
    }

    /// Counts the scalars of a page's text.
    public init<S: Sequence<Unicode.Scalar>>(scalars: S) {
        var text = 0
        var junk = 0
        for scalar in scalars {
            // Printable ASCII is most of any text layer: counted without a Unicode table lookup.
            if scalar.value > 0x20 && scalar.value < 0x7F {
                text += 1
                continue
            }
            if scalar.value < 0x80 && scalar.isASCIIWhitespace { continue }
            // So are the letters and signs of Latin-1 (æ, ø, å, §, «): all of U+00A1…U+00FF but the soft hyphen.
            if scalar.value >= 0xA1 && scalar.value <= 0xFF {
                if scalar.value != 0xAD { text += 1 }
                continue
            }
            if scalar.properties.isWhitespace { continue }
            // Soft hyphens and zero-width joiners are neither text nor evidence of a broken font.
            if scalar.properties.generalCategory == .format { continue }
            if Self.readsAsText(scalar) { text += 1 } else { junk += 1 }
        }
        self.init(textCharacters: text, junkCharacters: junk)
    }

    /// Whether the layer has at least `minimumCharacters` text characters and little junk.
    public func isUsable(minimumCharacters: Int) -> Bool {
        let total = textCharacters + junkCharacters
        guard textCharacters >= max(1, minimumCharacters), total > 0 else { return false }
        return Double(junkCharacters) <= Self.maximumJunkFraction * Double(total)
    }

    private static func readsAsText(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\u{FFFD}" { return false }
        switch scalar.properties.generalCategory {
        case .control, .privateUse, .unassigned, .surrogate: return false
        default: return true
        }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIWhitespace: Bool { value == 0x20 || (0x09...0x0D).contains(value) }
}
