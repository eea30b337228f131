import DocumentModel

/// Reads the people of a header list ("Deltagere", "Afbud", "Gæster", …): one entry per line unless a line
/// continues a wrapped entry; group headings ("Region X" alone above its members) give their organisation;
/// status words and substitutions ("– afbud i stedet deltager Y", "på vegne af Z") are resolved.
///
/// Decisions: someone represented "på vegne af" is listed as absent, with the organisation printed after
/// them; the representative is present and inherits that organisation when none is printed for them.
/// Party letters "(A)" are dropped; parenthesised roles "(medformand)" become the role.
struct ParticipantParser {
    let vocabulary: SegmentationVocabulary
    let wrapSlack: Double
    /// The body's right margin on a page: a list line reaching it has wrapped.
    let rightMargin: (Int) -> Double

    /// Adds the list's people to `participants`; a person already listed gets the new status (one entry).
    func parse(_ lines: [SourceLine], status: Participant.Status, into participants: inout [Participant]) {
        let entries = group(lines)
        var organisation: String?
        for (n, entry) in entries.enumerated() {
            if isGroupHeading(entry), n + 1 < entries.count {
                organisation = TextMatching.trimTrailing(entry)
                continue
            }
            for var person in people(in: entry, status: status) {
                if person.organisation == nil { person.organisation = organisation }
                if let i = participants.firstIndex(where: { $0.name.lowercased() == person.name.lowercased() }) {
                    participants[i].status = person.status
                    participants[i].organisation = participants[i].organisation ?? person.organisation
                    participants[i].role = participants[i].role ?? person.role
                } else {
                    participants.append(person)
                }
            }
        }
    }

    /// Lines joined into entries: a line continues the previous entry when it starts in lower case, or when
    /// the previous line ends in a comma or dash and this line, right below it, has no comma of its own
    /// ("…, på vegne af X," / "Aalborg Kommune").
    private func group(_ lines: [SourceLine]) -> [String] {
        // The column's right edge, from lines at the usual left edge (a first line may start at the label).
        let lefts = Dictionary(grouping: lines) { ($0.box.minX / 4).rounded() }
        let column = lefts.max { $0.value.count < $1.value.count }?.value ?? lines
        let right = max(column.map(\.box.maxX).max() ?? 0, lines.first.map { rightMargin($0.page) } ?? 0)
        var entries: [String] = []
        var previous: SourceLine?
        for line in lines {
            let text = TextMatching.bulletBody(line.text) ?? line.text
            defer { previous = line }
            guard let prev = previous, !entries.isEmpty, !line.spaceBefore || prev.page != line.page else {
                entries.append(text)
                continue
            }
            let joiner = prev.text.last.map { ",-–&".contains($0) } ?? false
            // A short comma-free line under a line that filled the column is that line's wrapped tail.
            let tailWord = Double(text.prefix { $0 != " " }.count) / Double(max(1, text.count)) * line.box.width
            let wrappedTail =
                prev.box.maxX + tailWord > right && TextMatching.words(text).count <= 3
                && !(prev.text.last.map { ").".contains($0) } ?? false) && column.count >= 3
            if text.first?.isLowercase ?? false || ((joiner || wrappedTail) && !text.contains(",")) {
                entries[entries.count - 1] += " " + text
            } else {
                entries.append(text)
            }
        }
        return entries.map { TextMatching.clean($0) }.filter { !$0.isEmpty }
    }

    /// "Region X", "Y Kommune", "PLO": no comma, an organisation word or an acronym, no role title.
    private func isGroupHeading(_ entry: String) -> Bool {
        guard !entry.contains(","), TextMatching.prefix(of: entry, in: vocabulary.roleTitles) == nil else { return false }
        let words = TextMatching.words(TextMatching.trimTrailing(entry))
        guard !words.isEmpty, words.count <= 6 else { return false }
        if words.count == 1, let w = words.first, w.count >= 2, w.allSatisfy({ $0.isUppercase || $0 == "-" }) { return true }
        let organisationWords = Set(vocabulary.organisationWords.map { $0.lowercased() })
        return words.contains { organisationWords.contains($0.lowercased()) }
    }

    /// The people one entry names: usually one; two with a substitute or a represented person.
    func people(in entry: String, status: Participant.Status) -> [Participant] {
        var text = TextMatching.trimTrailing(entry, keepingPeriod: true)
        for phrase in vocabulary.substitutePhrases.sorted(by: { $0.count > $1.count }) {
            if let r = TextMatching.find(phrase, in: text) {
                let substitute = person(String(text[r.upperBound...]), status: status == .absent ? .present : status)
                let replaced = person(String(text[..<r.lowerBound]), status: .absent)
                return [replaced, substitute].compactMap { $0 }
            }
        }
        for phrase in vocabulary.onBehalfPhrases.sorted(by: { $0.count > $1.count }) {
            if let r = TextMatching.find(phrase, in: text) {
                let represented = person(String(text[r.upperBound...]), status: .absent)
                var attendee = person(String(text[..<r.lowerBound]), status: status)
                if attendee?.organisation == nil { attendee?.organisation = represented?.organisation }
                return [attendee, represented].compactMap { $0 }
            }
        }
        text = TextMatching.clean(text)
        let parts = ParticipantParser.splitParts(text)
        if parts.count >= 2, parts.allSatisfy(looksLikeName) {
            return parts.compactMap { person($0, status: status) }
        }
        return [person(text, status: status)].compactMap { $0 }
    }

    /// "Karsten Ibsen (formand)": two to four capitalised words, no organisation word, no role title — so a
    /// line "A B, C D, E F" lists three people rather than one person and two organisations.
    private func looksLikeName(_ part: String) -> Bool {
        let bare = part.split(separator: "(").first.map { TextMatching.clean($0) } ?? ""
        let words = TextMatching.words(bare)
        let organisationWords = Set(vocabulary.organisationWords.map { $0.lowercased() })
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase ?? false }
            && !words.contains { organisationWords.contains($0.lowercased()) }
            && TextMatching.prefix(of: bare, in: vocabulary.roleTitles) == nil
    }

    /// One person: "Title Name, Organisation (role)", "Name, role Organisation", "Name fra Organisation".
    private func person(_ raw: String, status: Participant.Status) -> Participant? {
        var status = status
        var text = TextMatching.clean(raw)
        var roles: [String] = []
        var noted: [String] = []
        if let cut = statusCut(in: text) {
            status = .absent
            text = String(text[..<cut])
        }
        text = stripAttendanceNotes(text, roles: &noted)
        text = TextMatching.trimTrailing(TextMatching.trimLeading(text), keepingPeriod: true)
        var parts = ParticipantParser.splitParts(text)
        guard !parts.isEmpty else { return nil }
        var name = parts.removeFirst()
        var organisations: [String] = []
        if let fra = vocabulary.organisationIntroducers.lazy.compactMap({ TextMatching.find(" " + $0 + " ", in: name) }).first {
            organisations.append(TextMatching.clean(name[fra.upperBound...]))
            name = String(name[..<fra.lowerBound])
        }
        if let title = TextMatching.prefix(of: name, in: vocabulary.roleTitles), !title.rest.isEmpty,
            TextMatching.words(title.rest).first?.first?.isUppercase ?? false
        {
            roles.insert(title.matched, at: 0)
            name = TextMatching.clean(title.rest)
        } else if let split = roleBySuffix(name) {
            roles.insert(split.role, at: 0)
            name = split.name
        }
        for part in parts {
            if let title = TextMatching.prefix(of: part, in: vocabulary.roleTitles),
                TextMatching.clean(title.rest).first?.isLowercase ?? false
            {
                roles.append(part)  // "Chef for det Nære Sundhedsvæsen"
            } else if let title = TextMatching.prefix(of: part, in: vocabulary.roleTitles) {
                roles.append(title.matched)
                let rest = TextMatching.clean(title.rest)
                if !rest.isEmpty { organisations.append(rest) }
            } else if part.first?.isLowercase ?? false {
                roles.append(part)
            } else {
                organisations.append(part)
            }
        }
        roles += noted
        let secretariat = Set(vocabulary.secretariatRoles.map { $0.lowercased() })
        if status == .present, roles.contains(where: { secretariat.contains($0.lowercased()) }) { status = .secretariat }
        name = TextMatching.trimTrailing(name)
        let words = TextMatching.words(name)
        guard !words.isEmpty, words.count <= 7, name.contains(where: \.isLetter) else { return nil }
        return Participant(
            name: name, organisation: organisations.isEmpty ? nil : organisations.joined(separator: ", "),
            role: roles.isEmpty ? nil : roles.joined(separator: ", "), status: status)
    }

    /// "Børne- og skoledirektør Lene Ravn": a role word (by its ending) among the first three words, followed by
    /// at least two capitalised words of a name.
    private func roleBySuffix(_ text: String) -> (role: String, name: String)? {
        let words = TextMatching.words(text)
        let suffixes = vocabulary.roleSuffixes.map { $0.lowercased() }
        for i in 0..<min(3, max(0, words.count - 2)) {
            let word = words[i].lowercased()
            guard suffixes.contains(where: { word.hasSuffix($0) }) else { continue }
            let rest = words[(i + 1)...]
            guard rest.count >= 2, rest.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
            return (words[...i].joined(separator: " "), rest.joined(separator: " "))
        }
        return nil
    }

    /// Where an absence marker starts ("… – afbud", "…, fraværende", "(afbud)"), if the entry has one.
    private func statusCut(in text: String) -> String.Index? {
        for phrase in vocabulary.absentPhrases.sorted(by: { $0.count > $1.count }) {
            guard let r = TextMatching.find(phrase, in: text) else { continue }
            let before = text[..<r.lowerBound].trimmingSuffix { $0 == " " }
            if before.isEmpty { return nil }  // "Afbud" as the whole entry
            if let last = before.last, "-–—,(".contains(last) { return before.index(before: before.endIndex) }
        }
        return nil
    }

    /// Drops "(under punkt 2)", "– punkt 1,2,3 og 4" and party letters "(A)"; keeps other parentheses as roles.
    private func stripAttendanceNotes(_ text: String, roles: inout [String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ")") else { break }
            let inner = TextMatching.clean(rest[rest.index(after: open)..<close])
            let isNote = TextMatching.prefix(of: inner, in: vocabulary.attendanceNotePrefixes) != nil
            let isParty = inner.count <= 2 && inner.allSatisfy(\.isUppercase)
            if !isNote && !isParty && !inner.isEmpty { roles.append(inner) }
            result += " "
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        for dash in [" – ", " - ", " — "] {
            if let r = result.range(of: dash),
                TextMatching.prefix(of: TextMatching.clean(result[r.upperBound...]), in: vocabulary.attendanceNotePrefixes) != nil
            {
                result = String(result[..<r.lowerBound])
            }
        }
        return TextMatching.clean(result)
    }

    /// Splits at ", " and at spaced dashes, not inside a hyphenated word.
    static func splitParts(_ text: String) -> [String] {
        var t = text
        for dash in [" – ", " - ", " — "] { t = t.replacingOccurrences(dash, with: ", ") }
        return t.split(separator: ",").map { TextMatching.clean($0) }.filter { !$0.isEmpty }
    }
}

extension Substring {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var s = self
        while let last = s.last, predicate(last) { s = s.dropLast() }
        return s
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
