/// Comparisons used to recognise running text that changes slightly from page to page.
enum TextSimilarity {
    /// Lowercased, with every run of digits replaced by "#": "Side 2 af 5" and "Side 3 af 5" agree.
    static func digitMasked(_ text: String) -> String {
        var out = ""
        var inDigits = false
        for character in text.lowercased() {
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

    /// Levenshtein distance over characters, giving up (returning `limit + 1`) once it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a)
        let b = Array(b)
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
        let limit = Int((Double(max(a.count, b.count)) * fraction).rounded(.down))
        guard limit > 0 else { return false }
        return editDistance(a, b, limit: limit) <= limit
    }
}
