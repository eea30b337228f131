import DocumentModel
import Foundation

/// Marks the lines before the first agenda item as the meeting header, naming the field a line printed
/// ("Sted: …") or the meeting title when it is that line.
struct HeaderMarks {
    let meeting: Meeting?

    func box(for line: Line, page: Int) -> OverlayBox {
        let text = SectionLocator.normalised(line.text)
        var tag: String?
        var title = "Meeting header: \(line.text)"
        // The longest label that starts the line as a whole word: "Mødeleder" is not "Møde".
        let fields = meeting?.fields.filter { starts(line.text, with: $0.label) } ?? []
        if let field = fields.max(by: { $0.label.count < $1.label.count }) {
            tag = field.label
            title = "Meeting header field \u{201C}\(field.label)\u{201D} = \(field.value)"
        } else if let meetingTitle = meeting?.title, !meetingTitle.isEmpty,
            text.contains(SectionLocator.normalised(meetingTitle))
        {
            tag = "title"
            title = "Meeting title: \(meetingTitle)"
        }
        return OverlayBox(kind: .header, page: page, box: line.box, role: "header", tag: tag, title: title)
    }

    private func starts(_ text: String, with label: String) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        let label = label.trimmingCharacters(in: .whitespaces).lowercased()
        guard !label.isEmpty, text.hasPrefix(label) else { return false }
        return text.dropFirst(label.count).first.map { !$0.isLetter && !$0.isNumber } ?? true
    }
}
