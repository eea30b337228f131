/// A meeting place printed without a label: the lines after the date and time down to a postcode line
/// ("Kaløvig Kursuscenter / Præstekravevej 46 / Følle Strand / 8410 Rønde"). Only below the date: an
/// address above it is the sender's letterhead, not the meeting's place.
extension HeaderParser {
    /// At most this many lines between the date or time and the postcode line.
    static let maxAddressLines = 4

    /// The address block right below the header's first date and time lines, joined with ", ", if it ends
    /// in a postcode line within `maxAddressLines` lines.
    func unlabelledAddress(in free: [SourceLine]) -> String? {
        guard let first = firstDatedLine(in: free) else { return nil }
        let last = lastOfRun(from: first, in: free)
        let after = free[(last + 1)...].prefix(Self.maxAddressLines + 1)
        guard let postcode = after.firstIndex(where: { Self.isPostcodeLine($0.text) }) else { return nil }
        return free[(last + 1)...postcode].map(\.text).joined(separator: ", ")
    }

    /// The first line with the meeting's date or time.
    private func firstDatedLine(in free: [SourceLine]) -> Int? {
        free.firstIndex { line in
            scanner.firstDate(in: line.text) != nil || scanner.yearlessDate(in: line.text) != nil
                || scanner.timeRange(in: line.text, allowBare: false) != nil
        }
    }

    /// The last of the consecutive date and time lines that start at `first` ("Torsdag den 20. juni 2013" /
    /// "Kl. 10:30").
    private func lastOfRun(from first: Int, in free: [SourceLine]) -> Int {
        var last = first
        while last + 1 < free.count {
            let text = free[last + 1].text
            guard scanner.timeRange(in: text, allowBare: true) != nil || scanner.firstDate(in: text) != nil else {
                break
            }
            last += 1
        }
        return last
    }

    /// "8410 Rønde", "8000 Aarhus C": a four-digit postcode, then a capitalised town of at most three words.
    static func isPostcodeLine(_ text: String) -> Bool {
        let words = TextMatching.words(text)
        guard (2...4).contains(words.count), let code = words.first, code.utf8.count == 4,
            code.utf8.allSatisfy({ (0x30...0x39).contains($0) }), code.utf8.first != UInt8(ascii: "0"),
            let town = words.dropFirst().first?.first, town.isUppercase
        else { return false }
        return true
    }
}

extension HeaderParser {
    /// At most this many words name a place after a date ("… 2012 på Næsbyhovedskoven").
    static let maxPlaceWords = 6

    /// The place named after the header's first date and its time: a place lead-in from the vocabulary,
    /// then a capitalised name of at most `maxPlaceWords` words, ending the date's line ("… 2012 på
    /// Skovhuset") or making up the next line ("I Skolens kantine, Bispeengen 3.").
    func placeAfterDate(in free: [SourceLine]) -> String? {
        for (n, line) in free.enumerated() {
            guard let date = scanner.firstDate(in: line.text)?.range ?? scanner.yearlessDate(in: line.text)?.range
            else { continue }
            var end = date.upperBound
            if let time = scanner.timeMatch(in: line.text, allowBare: false), time.range.lowerBound >= end {
                end = time.range.upperBound
            }
            return place(in: line.text[end...]) ?? (n + 1 < free.count ? place(in: free[n + 1].text[...]) : nil)
        }
        return nil
    }

    /// "på Skovhuset." → "Skovhuset": a lead-in, then a capitalised name of at most `maxPlaceWords` words.
    private func place(in text: Substring) -> String? {
        let words = TextMatching.words(text)
        let leadIns = Set(vocabulary.placeLeadIns.map { $0.lowercased() })
        guard let lead = words.first, leadIns.contains(lead.lowercased()),
            (1...Self.maxPlaceWords).contains(words.count - 1), words[1].first?.isUppercase == true
        else { return nil }
        let name = TextMatching.trimTrailing(words.dropFirst().joined(separator: " "))
        return name.isEmpty ? nil : name
    }
}
