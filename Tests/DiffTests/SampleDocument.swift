import Emit

/// Small synthetic "referent/1" documents for the comparison tests, in contract shape.
enum SampleDocument {
    static func item(_ number: String, _ title: String, text: String = "Sagen blev drøftet.") -> OutputValue {
        .object([
            ("number", .string(number)), ("title", .string(title)), ("presenter", .null), ("slot", .null),
            ("pages", .object([("first", .int(1)), ("last", .int(1))])), ("subitems", .array([])),
            ("sections", .array([.object([("kind", .string("body")), ("label", .null), ("text", .string(text))])])),
            ("attachments", .array([])), ("links", .array([])), ("text", .string(text)),
        ])
    }

    static func participant(_ name: String, status: String = "present") -> OutputValue {
        .object([("name", .string(name)), ("organisation", .null), ("role", .null), ("status", .string(status))])
    }

    static func page(_ number: Int, furniture: [String] = []) -> OutputValue {
        .object([
            ("number", .int(number)), ("source", .string("text")), ("width", .double(595.28)),
            ("height", .double(841.89)), ("rotation", .int(0)), ("confidence", .null),
            (
                "furniture",
                .array(furniture.map { .object([("text", .string($0)), ("reason", .string("page-number"))]) })
            ),
        ])
    }

    static func document(
        file: String = "region/møde.pdf", version: String = "1.0.0", location: String = "Regionshuset",
        participants: [OutputValue] = [participant("Mette Holm"), participant("Anders Lund")],
        items: [OutputValue] = standardItems, pages: [OutputValue] = [page(1, furniture: ["Side 1 af 1"])]
    ) -> OutputValue {
        .object([
            ("schema", .string("referent/1")),
            ("source", .object([("file", .string(file)), ("sha256", .string("ab12")), ("pages", .int(pages.count))])),
            ("generator", .object([("name", .string("referent")), ("version", .string(version))])),
            (
                "meeting",
                .object([
                    ("title", .string("Chefforum")), ("date", .string("2023-01-20")), ("location", .string(location)),
                    ("caseNumber", .null), ("participants", .array(participants)), ("fields", .array([])),
                ])
            ),
            ("items", .array(items)),
            ("pages", .array(pages)),
            ("diagnostics", .array([])),
        ])
    }

    static let handleplanText =
        "På mødet blev det besluttet, at der skal beskrives forslag til indsatser under handleplanens fire "
        + "indsatsområder, og at sekretariatet samler bidragene til næste møde."

    static let standardItems = [
        item("1", "Godkendelse af dagsorden", text: "Dagsordenen blev godkendt."),
        item("2", "Orientering fra formandskabet", text: "Formanden orienterede om samarbejdet."),
        item("3", "Handleplan for Sundhedsklynge Midt", text: handleplanText),
        item("4", "Eventuelt", text: "Intet."),
    ]
}

extension OutputValue {
    /// The elements of an array value.
    var elements: [OutputValue] {
        guard case .array(let elements) = self else { return [] }
        return elements
    }
}
