import DocumentModel

/// The chair and minute taker a general assembly elects in its first items ("Som dirigent blev valgt Ole
/// Hansen", "Jane Holm, A25 blev valgt som referent"), for meetings whose header names neither. The sentence
/// shapes and the roles are vocabulary data (`electionPatterns`, `electedRoles`).
struct ElectedOfficers: Sendable {
    /// Officers are elected at the start: only this many items are read.
    static let itemsRead = 2

    /// The election sentences, tried on items that name an elected role.
    private let sentences: SentencePatterns
    private let roles: [String: String]

    init(vocabulary: SegmentationVocabulary) {
        roles = Dictionary(vocabulary.electedRoles.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        sentences = SentencePatterns(vocabulary.electionPatterns, needing: roles.keys)
    }

    /// Fills `chair` and `minuteTaker` where the header left them empty.
    func fill(_ meeting: inout Meeting, from items: [AgendaItem]) {
        guard !sentences.isEmpty, meeting.chair == nil || meeting.minuteTaker == nil else { return }
        for item in items.prefix(Self.itemsRead) {
            for match in sentences.matches(in: item.text, groups: ["name", "role"]) {
                guard let name = match["name"], let role = match["role"]?.lowercased(), let field = roles[role] else {
                    continue
                }
                switch field {
                case "chair" where meeting.chair == nil: meeting.chair = name
                case "minuteTaker" where meeting.minuteTaker == nil: meeting.minuteTaker = name
                default: continue
                }
            }
        }
    }
}
