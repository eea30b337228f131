import DocumentModel

/// Reading one entry of a participant list: name, role, organisation and status words.
extension ParticipantParser {
    /// One person: "Title Name, Organisation (role)", "Name, role Organisation", "Name fra Organisation".
    func person(_ raw: String, status: Participant.Status) -> Participant? {
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
        if let fra = vocabulary.matchers.organisationIntroducers.lazy.compactMap({ TextMatching.find($0, in: name) })
            .first
        {
            organisations.append(TextMatching.clean(name[fra.upperBound...]))
            name = String(name[..<fra.lowerBound])
        }
        if let split = TitledName(vocabulary: vocabulary).split(name) {
            roles.insert(split.role, at: 0)
            name = split.name
        } else if let title = vocabulary.matchers.roleTitles.match(name), !title.rest.isEmpty,
            TextMatching.words(title.rest).first?.first?.isUppercase ?? false
        {
            roles.insert(title.matched, at: 0)
            name = TextMatching.clean(title.rest)
        } else if let split = roleBySuffix(name) {
            roles.insert(split.role, at: 0)
            name = split.name
        }
        for part in parts where !isPartialAttendance(part) {
            let title = vocabulary.matchers.roleTitles.match(part)
            if let title, TextMatching.clean(title.rest).first?.isLowercase ?? false {
                roles.append(part)  // "Chef for det Nære Sundhedsvæsen"
            } else if let title {
                roles.append(title.matched)
                let rest = TextMatching.clean(title.rest)
                if !rest.isEmpty { organisations.append(rest) }
            } else if part.first?.isLowercase ?? false || endsWithRoleWord(part) {
                roles.append(part)  // "formand", "Regional sekretær"
            } else {
                organisations.append(part)
            }
        }
        roles += noted
        let secretariat = vocabulary.matchers.secretariatRoles
        if status == .present, roles.contains(where: { secretariat.contains($0.lowercased()) }) {
            status = .secretariat
        }
        name = TextMatching.trimTrailing(name)
        let words = TextMatching.words(name)
        // Names hold no digits: "15 incl. bestyrelsen" is a head count, "Næste møde: 5. maj" a stray field.
        guard !words.isEmpty, words.count <= 7, name.contains(where: \.isLetter), !name.contains(where: \.isNumber)
        else { return nil }
        return Participant(
            name: name, organisation: organisations.isEmpty ? nil : organisations.joined(separator: ", "),
            role: roles.isEmpty ? nil : roles.joined(separator: ", "), status: status)
    }

    /// "Børne- og skoledirektør Lene Ravn": a role word (by its ending) among the first three words, followed by
    /// at least two capitalised words of a name.
    func roleBySuffix(_ text: String) -> (role: String, name: String)? {
        let words = TextMatching.words(text)
        let suffixes = vocabulary.matchers.roleSuffixes
        for i in 0..<min(3, max(0, words.count - 2)) {
            let word = words[i].lowercased()
            guard suffixes.contains(where: { word.hasSuffix($0) }) else { continue }
            let rest = words[(i + 1)...]
            guard rest.count >= 2, rest.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
            return (words[...i].joined(separator: " "), rest.joined(separator: " "))
        }
        return nil
    }

    /// "Regional sekretær": a part whose last word is a lower-case role word is a role, not an organisation.
    func endsWithRoleWord(_ part: String) -> Bool {
        guard let last = TextMatching.words(part).last, last.first?.isLowercase ?? false else { return false }
        let word = last.lowercased()
        return vocabulary.matchers.roleSuffixes.contains { word.hasSuffix($0) }
    }

    /// "under punkt 3", "deltog ikke under punkt 3": a note of the items a participant missed or attended,
    /// not a role or an organisation.
    func isPartialAttendance(_ part: String) -> Bool {
        if isAttendanceNote(part[...]) { return true }
        return vocabulary.matchers.absentPhrases.possible(in: part).contains { phrase in
            guard let r = TextMatching.find(phrase, in: part), r.lowerBound == part.startIndex else { return false }
            return isAttendanceNote(part[r.upperBound...])
        }
    }

    /// Whether the text names the items of a partial attendance ("under punkt 3", "pkt. 2").
    private func isAttendanceNote(_ text: Substring) -> Bool {
        vocabulary.matchers.attendanceNotePrefixes.match(TextMatching.clean(text)) != nil
    }

    /// Where an absence marker starts ("… – afbud", "…, fraværende", "(afbud)"), if the entry has one.
    func statusCut(in text: String) -> String.Index? {
        for phrase in vocabulary.matchers.absentPhrases.possible(in: text) {
            guard let r = TextMatching.find(phrase, in: text) else { continue }
            // "deltog ikke under punkt 3": away for one item, present at the meeting.
            if isAttendanceNote(text[r.upperBound...]) { continue }
            let before = text[..<r.lowerBound].trimmingSuffix { $0 == " " }
            if before.isEmpty { return nil }  // "Afbud" as the whole entry
            if let last = before.last, "-–—,(".contains(last) { return before.index(before: before.endIndex) }
        }
        return nil
    }

    /// Drops "(under punkt 2)", "– punkt 1,2,3 og 4" and party letters "(A)"; keeps other parentheses as roles.
    func stripAttendanceNotes(_ text: String, roles: inout [String]) -> String {
        var result = ""
        var rest = Substring(text)
        // Without a "(" byte there is no "(" character (most entries), and the scan by characters is skipped.
        let parenthesised = PhraseFilter.containsBytes(text, "(")
        while parenthesised, let open = rest.firstIndex(of: "(") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ")") else { break }
            let inner = TextMatching.clean(rest[rest.index(after: open)..<close])
            let isNote = vocabulary.matchers.attendanceNotePrefixes.match(inner) != nil
            let isParty = inner.count <= 2 && inner.allSatisfy(\.isUppercase)
            if !isNote && !isParty && !inner.isEmpty { roles.append(inner) }
            result += " "
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        for dash in [" – ", " - ", " — "] {
            // Most entries have no spaced dash; a dash, like a space, has no other spelling `range(of:)` would find.
            if PhraseFilter.containsBytes(result, dash), let r = result.range(of: dash),
                vocabulary.matchers.attendanceNotePrefixes.match(TextMatching.clean(result[r.upperBound...])) != nil
            {
                result = String(result[..<r.lowerBound])
            }
        }
        return TextMatching.clean(result)
    }

    /// Splits at ", " and at spaced dashes, not inside a hyphenated word.
    static func splitParts(_ text: String) -> [String] {
        var t = text
        // A dash, like a space, has no other spelling a character comparison would equal, so text without its
        // bytes has nothing to replace (and most entries have no spaced dash).
        for dash in [" – ", " - ", " — "] where PhraseFilter.containsBytes(t, dash) {
            t = t.replacingOccurrences(dash, with: ", ")
        }
        return TextMatching.split(t, at: ",").map { TextMatching.clean($0) }.filter { !$0.isEmpty }
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
        let fast = utf8.withContiguousStorageIfAvailable { bytes in
            CharacterCount.scalarCount(bytes).map { _ in replacingBytes(bytes, target, with: replacement) }
        }
        let result =
            (fast ?? nil) ?? split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
        assert(result == split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement))
        return result
    }

    /// Where every scalar is a character of its own, characters match where their bytes do: the leftmost
    /// occurrences, not overlapping, as `split(separator:)` finds them.
    private func replacingBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ target: String, with replacement: String)
        -> String
    {
        let pin = Array(target.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if !pin.isEmpty, i + pin.count <= bytes.count, bytes[i..<(i + pin.count)].elementsEqual(pin) {
                out.append(contentsOf: replacement.utf8)
                i += pin.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
