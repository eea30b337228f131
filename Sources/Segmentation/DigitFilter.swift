/// Quick tests that rule out most `DateTimeScanner` calls before their regular expressions run: headings and
/// header lines are scanned for times and dates, and most hold neither.
///
/// The expressions' `\d` is any decimal digit (Unicode's Nd). Apart from ASCII, the first ones are at U+0660, and
/// none are among general punctuation, symbols or private use; every other scalar from U+0660 on is taken for a
/// possible digit, so the tests only say "no" when no match is possible.
enum DigitFilter {
    /// False only when the text holds no clock time's "digit, period or colon, digit, digit".
    static func mayHoldClockTime(_ text: String) -> Bool {
        // digitN, separatorN: whether the scalar N places back is a digit, a period or colon.
        var digit1 = false
        var separator2 = false
        var digit3 = false
        var separator1 = false
        var digit2 = false
        for scalar in text.unicodeScalars {
            let digit = mayBeDigit(scalar)
            if digit && digit1 && separator2 && digit3 { return true }
            (digit3, separator2, digit2) = (digit2, separator1, digit1)
            (digit1, separator1) = (digit, scalar == "." || scalar == ":")
        }
        return false
    }

    /// Which date forms the text may hold: a false field rules its form out.
    struct DateShapes {
        /// Four digits in a row: the year of a named date ("16. januar 2020").
        var year = false
        /// Four digits in a row, then a dash: an ISO date.
        var isoYear = false
        /// "Digit, period, dash or slash, digit": a numeric date.
        var numeric = false

        var any: Bool { year || numeric }
    }

    static func dateShapes(_ text: String) -> DateShapes {
        var shapes = DateShapes()
        var digits = 0  // digits in a row just read
        var separatorAfterDigit = false  // whether the last scalar is a separator after a digit
        for scalar in text.unicodeScalars {
            if mayBeDigit(scalar) {
                if separatorAfterDigit { shapes.numeric = true }
                digits += 1
                if digits >= 4 { shapes.year = true }
                separatorAfterDigit = false
                continue
            }
            if digits >= 4 && scalar == "-" { shapes.isoYear = true }
            separatorAfterDigit = digits > 0 && (scalar == "." || scalar == "-" || scalar == "/")
            digits = 0
        }
        return shapes
    }

    private static func mayBeDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return v >= 0x660 && !(0x2000...0x2BFF).contains(v) && !(0xE000...0xF8FF).contains(v)
    }
}
