import Emit

/// What the comparison knows about the "referent/1" contract: the order fields are reported in, how the same
/// element is recognised in two versions of a list, and which elements changes are grouped under.
///
/// Anything not listed here is still compared, generically: unknown keys alphabetically, unknown lists
/// element by element. So outputs of older or newer versions compare without crashing.
enum ContractShape {
    /// Field order per object pattern, as `OutputContract` writes it.
    static let order: [String: [String]] = [
        "": ["schema", "source", "generator", "metadata", "meeting", "items", "pages", "diagnostics"],
        "source": ["file", "sha256", "pages"],
        "generator": ["name", "version"],
        "metadata": ["title", "author", "subject", "creator", "producer", "created", "modified"],
        "meeting": [
            "title", "date", "start", "end", "location", "chair", "minuteTaker", "caseNumber", "participants", "fields",
        ],
        "meeting.participants[]": ["name", "organisation", "role", "status"],
        "meeting.fields[]": ["label", "value"],
        "items[]": [
            "number", "title", "presenter", "slot", "pages", "subitems", "sections", "attachments", "links", "text",
        ],
        "items[].slot": ["start", "end"],
        "items[].pages": ["first", "last"],
        "items[].subitems[]": ["label", "title"],
        "items[].sections[]": ["kind", "label", "text"],
        "items[].links[]": ["text", "uri"],
        "pages[]": ["number", "source", "width", "height", "rotation", "confidence", "furniture"],
        "pages[].furniture[]": ["text", "reason"],
        "diagnostics[]": ["level", "code", "message", "page"],
    ]

    /// How two versions of a list's element are recognised as the same element.
    enum Identity {
        /// The same element only when equal; a changed element shows as removed and added.
        case equality
        /// The same element when these fields are equal; its other fields are then compared.
        case fields([String])
        /// Agenda items: by number and title similarity (`ItemMatcher`), so renumbering is not remove + add.
        case agendaItem
    }

    static let identity: [String: Identity] = [
        "items[]": .agendaItem,
        "meeting.participants[]": .fields(["name"]),
        "meeting.fields[]": .fields(["label"]),
        "items[].subitems[]": .fields(["label"]),
        "items[].sections[]": .fields(["kind", "label"]),
        "pages[]": .fields(["number"]),
    ]

    /// The list elements changes are grouped under in a report.
    static let scopes: Set<String> = ["items[]", "meeting.participants[]", "pages[]"]

    /// The path with every index replaced by `[]`: `items[3].sections[0]` → `items[].sections[]`.
    static func pattern(of path: String) -> String {
        var result = ""
        var inIndex = false
        for character in path {
            if character == "[" {
                inIndex = true
                result.append("[]")
            } else if character == "]" {
                inIndex = false
            } else if !inIndex {
                result.append(character)
            }
        }
        return result
    }

    /// Keys in report order: the contract's, then the others alphabetically.
    static func keys(_ present: Set<String>, pattern: String) -> [String] {
        let known = order[pattern] ?? []
        return known.filter(present.contains) + present.subtracting(known).sorted()
    }
}
