import Foundation

/// Dates printed without a year ("Mandag den 26. februar kl. 20.00") and where a date begins in a line, for
/// headers that give the year elsewhere ("Februar 2024" in the letterhead) and titles that run into the date.
extension DateTimeScanner {
    /// Day and month printed without a year after them: "26. februar", or "d. 5/4" after a date lead-in.
    /// The earlier of the two forms in the text.
    func yearlessDate(in text: String) -> (day: Int, month: Int, range: Range<String.Index>)? {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var found: [(day: Int, month: Int, range: Range<String.Index>)] = []
        if let m = yearless?.firstMatch(in: text, range: whole),
            let day = Int(ns.substring(with: m.range(at: 1))), (1...31).contains(day),
            let month = months[ns.substring(with: m.range(at: 2)).lowercased()],
            let range = Range(m.range, in: text)
        {
            found.append((day, month, range))
        }
        // The digits' own range, so that a title keeps the lead-in's words only when they are not a date's.
        if text.utf8.contains(UInt8(ascii: "/")), let m = yearlessNumeric?.firstMatch(in: text, range: whole),
            let day = Int(ns.substring(with: m.range(at: 1))), (1...31).contains(day),
            let month = Int(ns.substring(with: m.range(at: 2))), (1...12).contains(month),
            let range = Range(m.range(at: 1), in: text)
        {
            found.append((day, month, range))
        }
        return found.min { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Four-digit years (1900–2200) printed in the text, in order.
    static func years(in text: String) -> [Int] {
        TextMatching.words(text).compactMap { word in
            let bare = TextMatching.trimTrailing(word)
            guard bare.count == 4, bare.allSatisfy(\.isNumber), let year = Int(bare), (1900...2200).contains(year)
            else { return nil }
            return year
        }
    }

    /// Where a date or meeting time begins in a title line: a weekday, a date with or without year, or a
    /// time marker ("Referat af generalforsamling Mandag den 26. februar kl. 20.00" → before "Mandag").
    func dateStart(in text: String, weekdays: [Phrase]) -> String.Index? {
        var starts: [String.Index] = []
        for day in weekdays { if let r = TextMatching.find(day, in: text) { starts.append(r.lowerBound) } }
        if let r = firstDate(in: text)?.range { starts.append(r.lowerBound) }
        if let r = yearlessDate(in: text)?.range { starts.append(r.lowerBound) }
        if let r = timeMatch(in: text, allowBare: false)?.range { starts.append(r.lowerBound) }
        return starts.min()
    }
}
