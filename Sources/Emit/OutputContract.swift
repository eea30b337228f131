import DocumentModel

/// The output contract "referent/1": what a converted document looks like to downstream systems.
/// Field names and order are the contract; see README and `schemas/`. Unknown values are null.
public enum OutputContract {
    public static func value(of document: Document) -> OutputValue {
        let minutes = document.minutes ?? Minutes(meeting: Meeting(), items: [])
        return .object([
            ("schema", .string(ReferentVersion.schema)),
            (
                "source",
                .object([
                    ("file", .string(document.source.file)), ("sha256", .string(document.source.sha256)),
                    ("pages", .int(document.source.pages)),
                ])
            ),
            (
                "generator",
                .object([("name", .string(ReferentVersion.name)), ("version", .string(ReferentVersion.version))])
            ),
            ("metadata", metadata(document.metadata)),
            ("meeting", meeting(minutes.meeting)),
            ("items", .array(minutes.items.map(item))),
            ("pages", .array(document.pages.map(page))),
            ("diagnostics", .array((document.diagnostics + minutes.diagnostics).map(diagnostic))),
        ]).cleaned
    }

    static func metadata(_ metadata: DocumentMetadata) -> OutputValue {
        .object([
            ("title", .optional(metadata.title)), ("author", .optional(metadata.author)),
            ("subject", .optional(metadata.subject)), ("creator", .optional(metadata.creator)),
            ("producer", .optional(metadata.producer)), ("created", .optional(metadata.created)),
            ("modified", .optional(metadata.modified)),
        ])
    }

    static func meeting(_ meeting: Meeting) -> OutputValue {
        .object([
            ("title", .optional(meeting.title)), ("date", .optional(meeting.date)),
            ("start", .optional(meeting.start)), ("end", .optional(meeting.end)),
            ("location", .optional(meeting.location)), ("chair", .optional(meeting.chair)),
            ("minuteTaker", .optional(meeting.minuteTaker)), ("caseNumber", .optional(meeting.caseNumber)),
            (
                "participants",
                .array(
                    meeting.participants.map {
                        .object([
                            ("name", .string($0.name)), ("organisation", .optional($0.organisation)),
                            ("role", .optional($0.role)), ("status", .string($0.status.rawValue)),
                        ])
                    })
            ),
            (
                "fields",
                .array(meeting.fields.map { .object([("label", .string($0.label)), ("value", .string($0.value))]) })
            ),
        ])
    }

    static func item(_ item: AgendaItem) -> OutputValue {
        .object([
            ("number", .string(item.number)), ("title", .string(item.title)),
            ("presenter", .optional(item.presenter)),
            ("slot", item.slot.map { .object([("start", .string($0.start)), ("end", .optional($0.end))]) } ?? .null),
            ("pages", .object([("first", .int(item.pages.first)), ("last", .int(item.pages.last))])),
            (
                "subitems",
                .array(item.subitems.map { .object([("label", .string($0.label)), ("title", .string($0.title))]) })
            ),
            (
                "sections",
                .array(
                    item.sections.map {
                        .object([
                            ("kind", .string($0.kind)), ("label", .optional($0.label)), ("text", .string($0.text)),
                        ])
                    })
            ),
            ("attachments", .array(item.attachments.map { .string($0) })),
            ("links", .array(item.links.map { .object([("text", .string($0.text)), ("uri", .string($0.uri))]) })),
            ("text", .string(item.text)),
        ])
    }

    static func page(_ page: Page) -> OutputValue {
        .object([
            ("number", .int(page.number)), ("source", .string(page.source.rawValue)),
            ("width", .double(rounded(page.width))), ("height", .double(rounded(page.height))),
            ("rotation", .int(page.rotation)), ("confidence", .optional(page.confidence.map(rounded))),
            (
                "furniture",
                .array(
                    page.furniture.map {
                        .object([("text", .string($0.text)), ("reason", .string($0.reason.rawValue))])
                    })
            ),
        ])
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> OutputValue {
        .object([
            ("level", .string(diagnostic.level.rawValue)), ("code", .string(diagnostic.code)),
            ("message", .string(diagnostic.message)), ("page", .optional(diagnostic.page)),
        ])
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

extension OutputValue {
    /// The same tree with every string stripped of characters XML cannot carry.
    var cleaned: OutputValue {
        switch self {
        case .string(let text): .string(text.removingControlCharacters)
        case .array(let elements): .array(elements.map(\.cleaned))
        case .object(let pairs): .object(pairs.map { ($0.0, $0.1.cleaned) })
        default: self
        }
    }
}
