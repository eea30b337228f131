import DocumentModel
import Foundation

/// The chair and minute taker a general assembly elects in its first items ("Som dirigent blev valgt Ole
/// Hansen", "Jane Holm, A25 blev valgt som referent"), for meetings whose header names neither. The sentence
/// shapes and the roles are vocabulary data (`electionPatterns`, `electedRoles`).
struct ElectedOfficers: Sendable {
    /// Officers are elected at the start: only this many items are read.
    static let itemsRead = 2

    private let patterns: [NSRegularExpression]
    private let roles: [String: String]
    /// The roles as UTF-8 bytes, in lower case, capitalised and in capitals: a byte search for them is
    /// the cheap test of whether a text could hold an election.
    private let roleSpellings: [[UInt8]]

    init(vocabulary: SegmentationVocabulary) {
        patterns = vocabulary.electionPatterns.compactMap { try? NSRegularExpression(pattern: $0) }
        roles = Dictionary(vocabulary.electedRoles.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        roleSpellings = PhraseFilter.spellings(roles.keys)
    }

    /// Fills `chair` and `minuteTaker` where the header left them empty.
    func fill(_ meeting: inout Meeting, from items: [AgendaItem]) {
        guard !patterns.isEmpty, meeting.chair == nil || meeting.minuteTaker == nil else { return }
        for item in items.prefix(Self.itemsRead) {
            // The regular expressions cost a tenth of the segment stage on every document; an election names
            // a role, so text naming none is passed over.
            guard PhraseFilter.containsBytes(item.text, anyOf: roleSpellings) else { continue }
            let text = item.text.replacingOccurrences(of: "\n", with: " ")
            let whole = NSRange(text.startIndex..., in: text)
            for pattern in patterns {
                for match in pattern.matches(in: text, range: whole) {
                    guard let name = Range(match.range(withName: "name"), in: text).map({ String(text[$0]) }),
                        let role = Range(match.range(withName: "role"), in: text).map({ text[$0].lowercased() }),
                        let field = roles[role]
                    else { continue }
                    switch field {
                    case "chair" where meeting.chair == nil: meeting.chair = name
                    case "minuteTaker" where meeting.minuteTaker == nil: meeting.minuteTaker = name
                    default: continue
                    }
                }
            }
        }
    }
}
