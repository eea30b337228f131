import DocumentModel

/// Marks the lines before the first agenda item as the meeting header, naming the field a line printed
/// ("Sted: …") or the meeting title when it is that line.
struct HeaderMarks {
    /// The fields with their labels lower-cased once, longest label first: "Mødeleder" is tried before "Møde".
    private let fields: [(field: HeaderField, label: String)]
    private let title: String?
    private let normalisedTitle: String?

    init(meeting: Meeting?) {
        fields = (meeting?.fields ?? []).map { ($0, Self.trimmed($0.label).lowercased()) }
            .filter { !$0.label.isEmpty }.sorted { $0.label.count > $1.label.count }
        title = meeting?.title.flatMap { $0.isEmpty ? nil : $0 }
        normalisedTitle = title.map(SectionLocator.normalised)
    }

    func box(for line: Line, page: Int) -> OverlayBox {
        let lowered = Self.trimmed(line.text).lowercased()
        var tag: String?
        var title = "Meeting header: \(line.text)"
        if let field = fields.first(where: { Self.starts(lowered, with: $0.label) })?.field {
            tag = field.label
            title = "Meeting header field \u{201C}\(field.label)\u{201D} = \(field.value)"
        } else if let meetingTitle = self.title, let normalisedTitle,
            SectionLocator.normalised(line.text).firstRange(of: normalisedTitle) != nil
        {
            tag = "title"
            title = "Meeting title: \(meetingTitle)"
        }
        return OverlayBox(kind: .header, page: page, box: line.box, role: "header", tag: tag, title: title)
    }

    /// Whether `text` starts with `label` as a whole word (followed by neither a letter nor a digit).
    private static func starts(_ text: String, with label: String) -> Bool {
        guard text.hasPrefix(label) else { return false }
        return text.dropFirst(label.count).first.map { !$0.isLetter && !$0.isNumber } ?? true
    }

    /// Trimmed with the standard library: Foundation's character sets cost a noticeable first use on Linux.
    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
