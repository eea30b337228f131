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
        // Lower-cased once: every person is looked up among those listed before.
        var lowerNames = participants.map { $0.name.lowercased() }
        for (n, entry) in entries.enumerated() {
            if isGroupHeading(entry), n + 1 < entries.count {
                organisation = TextMatching.trimTrailing(entry)
                continue
            }
            for var person in people(in: entry, status: status) {
                if let organisation { Self.place(&person, under: organisation) }
                let name = person.name.lowercased()
                if let i = lowerNames.firstIndex(of: name) {
                    participants[i].status = person.status
                    participants[i].organisation = participants[i].organisation ?? person.organisation
                    participants[i].role = participants[i].role ?? person.role
                } else {
                    participants.append(person)
                    lowerNames.append(name)
                }
            }
        }
    }

    /// A member under a group heading belongs to the group's organisation; what the entry printed after the
    /// name ("direktør, Sundhedsforvaltningen") then describes their role within it.
    static func place(_ person: inout Participant, under organisation: String) {
        if let printed = person.organisation, printed.lowercased() != organisation.lowercased() {
            person.role = [person.role, printed].compactMap { $0 }.joined(separator: ", ")
        }
        person.organisation = organisation
    }

    /// A step this much larger than the list's usual line step separates entries even after a trailing comma
    /// (a group heading set off by a little space).
    static let separatingStepFactor = 1.15

    /// Lines joined into entries: a line continues the previous entry when it starts in lower case, or when
    /// the previous line ends in a comma or dash and this line, right below it, has no comma of its own
    /// ("…, på vegne af X," / "Eksempel Kommune").
    private func group(_ lines: [SourceLine]) -> [String] {
        let steps = zip(lines, lines.dropFirst()).filter { $0.page == $1.page }.map { $1.box.minY - $0.box.minY }
            .filter { $0 > 0 }.sorted()
        let usualStep = steps.isEmpty ? nil : steps[steps.count / 2]
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
            let setOff = usualStep.map { line.box.minY - prev.box.minY > Self.separatingStepFactor * $0 } ?? false
            let joiner = (prev.text.last.map { ",-–&".contains($0) } ?? false) && !setOff
            // A short comma-free line under a line that filled the column is that line's wrapped tail.
            let tailWord = Double(text.prefix { $0 != " " }.count) / Double(max(1, text.count)) * line.box.width
            let wrappedTail =
                prev.box.maxX + tailWord > right && TextMatching.wordCount(text) <= 3
                && !(prev.text.last.map { ").".contains($0) } ?? false) && column.count >= 3
            if text.first?.isLowercase ?? false || ((joiner || wrappedTail) && !PlainSearch.contains(text, ",")) {
                entries[entries.count - 1] += " " + text
            } else {
                entries.append(text)
            }
        }
        return entries.map { TextMatching.clean($0) }.filter { !$0.isEmpty }
    }

    /// "Region X", "Y Kommune", "PLO": no comma, an organisation word or an acronym, no role title.
    private func isGroupHeading(_ entry: String) -> Bool {
        guard !PlainSearch.contains(entry, ","), vocabulary.matchers.roleTitles.match(entry) == nil else {
            return false
        }
        let words = TextMatching.words(TextMatching.trimTrailing(entry))
        guard !words.isEmpty, words.count <= 6 else { return false }
        if words.count == 1, let w = words.first, w.count >= 2, w.allSatisfy({ $0.isUppercase || $0 == "-" }) {
            return true
        }
        return words.contains { vocabulary.matchers.organisationWords.contains($0.lowercased()) }
    }

    /// The people one entry names: usually one; two with a substitute or a represented person.
    func people(in entry: String, status: Participant.Status) -> [Participant] {
        var text = TextMatching.trimTrailing(entry, keepingPeriod: true)
        // "Kim Larsen, i stedet deltager Hans Hansen" names the substitute after the phrase; "Hans Hansen i
        // stedet for Kim Larsen" before it. Either way the member replaced comes first, absent.
        let substitutions = [
            (vocabulary.matchers.substituteForPhrases, substituteFirst: true),
            (vocabulary.matchers.substitutePhrases, substituteFirst: false),
        ]
        for (phrases, substituteFirst) in substitutions {
            for phrase in phrases.possible(in: text) {
                guard let r = TextMatching.find(phrase, in: text) else { continue }
                let (before, after) = (String(text[..<r.lowerBound]), String(text[r.upperBound...]))
                let substitute = person(substituteFirst ? before : after, status: status == .absent ? .present : status)
                let replaced = person(substituteFirst ? after : before, status: .absent)
                return [replaced, substitute].compactMap { $0 }
            }
        }
        for phrase in vocabulary.matchers.onBehalfPhrases.possible(in: text) {
            if let r = TextMatching.find(phrase, in: text) {
                let represented = person(String(text[r.upperBound...]), status: .absent)
                var attendee = person(String(text[..<r.lowerBound]), status: status)
                if attendee?.organisation == nil { attendee?.organisation = represented?.organisation }
                return [attendee, represented].compactMap { $0 }
            }
        }
        text = TextMatching.clean(text)
        let columns = ParticipantParser.splitAfterPartyLetters(text)
        if columns.count >= 2 { return columns.flatMap { people(in: $0, status: status) } }
        let parts = ParticipantParser.splitParts(text)
        if parts.count >= 2, parts.allSatisfy({ looksLikeName($0) }) {
            return parts.compactMap { person($0, status: status) }
        }
        return [person(text, status: status)].compactMap { $0 }
    }

    /// "Anne Holm (A)   Ole Berg (V)": two columns of members read as one line; a party letter followed by
    /// another capitalised name ends an entry.
    static func splitAfterPartyLetters(_ text: String) -> [String] {
        // Without a ")" byte there is no ")" character (most entries): one column.
        guard PhraseFilter.containsBytes(text, ")") else { return [text] }
        var entries: [String] = []
        var rest = Substring(text)
        while let close = rest.firstIndex(of: ")"), let open = rest[..<close].lastIndex(of: "(") {
            let inner = rest[rest.index(after: open)..<close]
            let after = rest[rest.index(after: close)...]
            let party = (1...2).contains(inner.count) && inner.allSatisfy(\.isUppercase)
            guard party, after.first == " ", after.dropFirst().first?.isUppercase ?? false else { break }
            entries.append(String(rest[...close]))
            rest = after.dropFirst()
        }
        return entries.isEmpty ? [text] : entries + [String(rest)]
    }

    /// "Karsten Ibsen (formand)": two to four capitalised words, no organisation word, no role title — so a
    /// line "A B, C D, E F" lists three people rather than one person and two organisations.
    /// A known given name alone counts too ("Christian, Jeppe, Kasper" in small boards' minutes).
    private func looksLikeName(_ part: String) -> Bool {
        let bare = TextMatching.split(part, at: "(").first.map { TextMatching.clean($0) } ?? ""
        let words = TextMatching.words(bare)
        let organisationWords = vocabulary.matchers.organisationWords
        if words.count == 1, vocabulary.givenNames.contains(TextMatching.trimTrailing(words[0]).lowercased()) {
            return true
        }
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase ?? false }
            && !words.contains { organisationWords.contains($0.lowercased()) }
            && vocabulary.matchers.roleTitles.match(bare) == nil
    }
}
