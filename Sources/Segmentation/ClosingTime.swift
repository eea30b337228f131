import DocumentModel

/// When a meeting ended, from the sentence that closes its minutes ("Mødet sluttede kl. 21.15", "Mødet blev
/// hævet kl. 22"), for meetings whose header gives no end. The sentence shapes are vocabulary data
/// (`closingPatterns`: regular expressions with a `time` group).
struct ClosingTime: Sendable {
    /// The closing sentences, tried on text that names a time marker ("kl.", "klokken").
    private let sentences: SentencePatterns

    init(vocabulary: SegmentationVocabulary) {
        sentences = SentencePatterns(vocabulary.closingPatterns, needing: vocabulary.timeMarkers)
    }

    /// Fills `end` from the last item, where the minutes close, when the header left it empty.
    func fill(_ meeting: inout Meeting, from items: [AgendaItem]) {
        guard meeting.end == nil, let last = items.last else { return }
        for match in sentences.matches(in: last.text, groups: ["time"]) {
            guard let printed = match["time"], let end = Self.clock(printed[...]),
                meeting.start.map({ $0 < end }) ?? true
            else { continue }
            meeting.end = end
            return
        }
    }

    /// "21.15", "21:15" or "22" as "21:15" / "22:00"; nil for what is no time of day.
    static func clock(_ printed: Substring) -> String? {
        let parts = printed.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), (0...23).contains(hour) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1]) : 0
        guard let minute, (0...59).contains(minute), parts.count == 1 || parts[1].count == 2 else { return nil }
        return DateTimeScanner.Clock(hour: hour, minute: minute).text
    }
}
