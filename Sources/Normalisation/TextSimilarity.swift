/// Comparisons used to recognise running text that changes slightly from page to page. Single-scalar text
/// (nearly every header and footer) is handled scalar by scalar, which gives the same result as the
/// `Character` route without grapheme breaking.
enum TextSimilarity {
    /// Lowercased, with every run of digits replaced by "#": "Side 2 af 5" and "Side 3 af 5" agree.
    static func digitMasked(_ text: String) -> String {
        let lowered = text.lowercased()
        guard SingleScalarText.holds(lowered) else { return digitMasked(characters: lowered) }
        var out = String.UnicodeScalarView()
        var inDigits = false
        for scalar in lowered.unicodeScalars {
            if isNumber(scalar) {
                if !inDigits { out.append("#") }
                inDigits = true
            } else {
                out.append(scalar)
                inDigits = false
            }
        }
        return String(out)
    }

    private static func digitMasked(characters lowered: String) -> String {
        var out = ""
        var inDigits = false
        for character in lowered {
            if character.isNumber {
                if !inDigits { out.append("#") }
                inDigits = true
            } else {
                out.append(character)
                inDigits = false
            }
        }
        return out
    }

    /// The text without its whitespace characters: the shape compared with the page-number shapes.
    static func withoutWhitespace(_ text: String) -> String {
        guard SingleScalarText.holds(text) else { return text.filter { !$0.isWhitespace } }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace { out.append(scalar) }
        return String(out)
    }

    /// `Character.isNumber` for the character made of this one scalar.
    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// Levenshtein distance over characters, giving up (returning `limit + 1`) once it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        if SingleScalarText.holds(a) && SingleScalarText.holds(b) {
            return editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
        }
        return editDistance(Array(a), Array(b), limit: limit)
    }

    private static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether two digit-masked texts are the same running text, allowing `fraction` of the longer to differ.
    static func similar(_ a: String, _ b: String, fraction: Double) -> Bool {
        if a == b { return true }
        let longer = max(SingleScalarText.characterCount(a), SingleScalarText.characterCount(b))
        let limit = Int((Double(longer) * fraction).rounded(.down))
        guard limit > 0 else { return false }
        return editDistance(a, b, limit: limit) <= limit
    }
}
