/// A header field as printed: "Sted" → "Rådhuset, mødelokale A".
public struct HeaderField: Codable, Hashable, Sendable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// A person named in the meeting header.
public struct Participant: Codable, Hashable, Sendable {
    public enum Status: String, Codable, Hashable, Sendable, CaseIterable {
        case present, absent, guest, secretariat, observer
    }

    public var name: String
    public var organisation: String?
    public var role: String?
    public var status: Status

    public init(name: String, organisation: String? = nil, role: String? = nil, status: Status) {
        self.name = name
        self.organisation = organisation
        self.role = role
        self.status = status
    }
}

/// Who met, when and where. Every value is nil unless it was printed; nothing is guessed.
public struct Meeting: Codable, Hashable, Sendable {
    public var title: String?
    /// ISO date, YYYY-MM-DD.
    public var date: String?
    /// HH:MM.
    public var start: String?
    public var end: String?
    public var location: String?
    public var chair: String?
    public var minuteTaker: String?
    public var caseNumber: String?
    public var participants: [Participant]
    /// Every header field as printed, in order.
    public var fields: [HeaderField]

    public init(
        title: String? = nil, date: String? = nil, start: String? = nil, end: String? = nil,
        location: String? = nil, chair: String? = nil, minuteTaker: String? = nil, caseNumber: String? = nil,
        participants: [Participant] = [], fields: [HeaderField] = []
    ) {
        self.title = title
        self.date = date
        self.start = start
        self.end = end
        self.location = location
        self.chair = chair
        self.minuteTaker = minuteTaker
        self.caseNumber = caseNumber
        self.participants = participants
        self.fields = fields
    }
}

/// A time slot printed with an item heading ("kl. 15.05 – 15.25"), as HH:MM.
public struct TimeSlot: Codable, Hashable, Sendable {
    public var start: String
    public var end: String?

    public init(start: String, end: String?) {
        self.start = start
        self.end = end
    }
}

/// The first and last page an item covers, 1-based.
public struct PageSpan: Codable, Hashable, Sendable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }
}

/// "a) Samarbejdet generelt".
public struct SubItem: Codable, Hashable, Sendable {
    public var label: String
    public var title: String

    public init(label: String, title: String) {
        self.label = label
        self.title = title
    }
}

/// A labelled part of an item's body.
public struct Section: Codable, Hashable, Sendable {
    /// What the label means, from the configured label table: "recommendation", "minutes", "decision",
    /// "attachments", "background", … or "body" for text before any label.
    public var kind: String
    /// The label as printed ("Det indstilles, at udvalget:"), nil for "body".
    public var label: String?
    public var text: String

    public init(kind: String, label: String?, text: String) {
        self.kind = kind
        self.label = label
        self.text = text
    }
}

/// A link in an item's text.
public struct ItemLink: Codable, Hashable, Sendable {
    public var text: String
    public var uri: String

    public init(text: String, uri: String) {
        self.text = text
        self.uri = uri
    }
}

/// One agenda item.
public struct AgendaItem: Codable, Hashable, Sendable {
    /// As printed, without the dot: "1", "2", "4a".
    public var number: String
    /// Without number, presenter or time slot.
    public var title: String
    public var presenter: String?
    public var slot: TimeSlot?
    public var pages: PageSpan
    public var subitems: [SubItem]
    public var sections: [Section]
    public var attachments: [String]
    public var links: [ItemLink]
    /// The item's whole body text, normalised, without its heading.
    public var text: String
    /// Where the heading sits, for review and inspection (not part of the output contract).
    public var headingBox: Rect?

    public init(
        number: String, title: String, presenter: String? = nil, slot: TimeSlot? = nil, pages: PageSpan,
        subitems: [SubItem] = [], sections: [Section] = [], attachments: [String] = [], links: [ItemLink] = [],
        text: String = "", headingBox: Rect? = nil
    ) {
        self.number = number
        self.title = title
        self.presenter = presenter
        self.slot = slot
        self.pages = pages
        self.subitems = subitems
        self.sections = sections
        self.attachments = attachments
        self.links = links
        self.text = text
        self.headingBox = headingBox
    }
}

/// What segmentation makes of a document.
public struct Minutes: Codable, Hashable, Sendable {
    public var meeting: Meeting
    public var items: [AgendaItem]
    public var diagnostics: [Diagnostic]

    public init(meeting: Meeting, items: [AgendaItem], diagnostics: [Diagnostic] = []) {
        self.meeting = meeting
        self.items = items
        self.diagnostics = diagnostics
    }
}
