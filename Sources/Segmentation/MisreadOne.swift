/// OCR text layers read a leading "1." as "I.", "l.", "i ." or "|.". Such a line is read as item 1, but only
/// when a numbered 2 follows and the document does not number in roman numerals ("II."), so a real "I."
/// heading in a roman sequence is left alone.
enum MisreadOne {
    private static let lookalikes: Set<Character> = ["I", "l", "i", "|", "!"]

    /// The line with its misread one replaced by "1", or nil when it does not start with one: a look-alike,
    /// an optional space, a period, a space and a capital.
    static func repaired(_ text: String) -> String? {
        guard let first = text.first, lookalikes.contains(first) else { return nil }
        var rest = text.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        guard rest.first == ".", rest.dropFirst().first == " ",
            let start = rest.dropFirst(2).first, start.isUppercase
        else { return nil }
        return "1" + rest
    }

    /// Whether some line starts with the roman numeral two ("II.", "II "), i.e. "I." is a real roman one.
    static func romanNumbering(_ lines: [SourceLine]) -> Bool {
        // A line starting so starts with the bytes "II" (an "I" has no other spelling), which most lines do not.
        lines.contains {
            $0.text.utf8.starts(with: "II".utf8) && ($0.text.hasPrefix("II.") || $0.text.hasPrefix("II "))
        }
    }
}
