/// What changed between two runs, by input: documents that started failing, that were fixed, that appeared
/// and that disappeared.
struct RunChanges {
    var newlyFailed: [RunSummary.Entry] = []
    var fixed: [RunSummary.Entry] = []
    var added: [String] = []
    var removed: [String] = []

    var isEmpty: Bool { newlyFailed.isEmpty && fixed.isEmpty && added.isEmpty && removed.isEmpty }

    init(from previous: RunSummary, to current: RunSummary) {
        let before = Dictionary(previous.entries.map { ($0.input, $0) }, uniquingKeysWith: { _, last in last })
        let now = Set(current.entries.map(\.input))
        for entry in current.entries {
            guard let old = before[entry.input] else {
                added.append(entry.input)
                continue
            }
            if entry.status == .failed && (old.status != .failed || old.reason != entry.reason) {
                newlyFailed.append(entry)
            }
            if entry.status != .failed && old.status == .failed { fixed.append(entry) }
        }
        removed = previous.entries.map(\.input).filter { !now.contains($0) }
    }
}
