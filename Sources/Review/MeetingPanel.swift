import DocumentModel

/// The meeting header as Referent read it: the named fields (null shown as "not found"), the people with their
/// status, and every field as printed.
struct MeetingPanel {
    let meeting: Meeting?

    /// A long list of people is folded, so the agenda items stay near the top of the column.
    static let peopleShownOpen = 8

    func renderFields(into html: inout HTMLBuilder) {
        html.element("h2", text: "Meeting")
        guard let meeting else {
            html.element("p", ["class": "null"], text: "No meeting was read (the document was not segmented).")
            return
        }
        let time = [meeting.start, meeting.end].compactMap { $0 }.joined(separator: "–")
        let rows: [(String, String?)] = [
            ("Title", meeting.title), ("Date", meeting.date), ("Time", time.isEmpty ? nil : time),
            ("Place", meeting.location), ("Chair", meeting.chair), ("Minutes by", meeting.minuteTaker),
            ("Case no.", meeting.caseNumber),
        ]
        html.element("dl") { html in
            for (label, value) in rows {
                html.element("dt", text: label)
                if let value {
                    html.element("dd", text: value)
                } else {
                    html.element("dd", ["class": "null"], text: "not found")
                }
            }
        }
    }

    func renderPeopleAndPrintedFields(into html: inout HTMLBuilder) {
        guard let meeting else { return }
        let people = meeting.participants
        let byStatus = Participant.Status.allCases.compactMap { status -> String? in
            let count = people.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(status.rawValue)"
        }
        let open = people.count <= Self.peopleShownOpen ? "" : nil
        html.element("details", ["class": "fold", "open": open]) { html in
            let counts = byStatus.isEmpty ? "" : ": " + byStatus.joined(separator: ", ")
            html.element("summary", text: "People (\(people.count))\(counts)")
            html.element("ul", ["class": "people"]) { html in
                for person in people {
                    html.element("li") { html in
                        html.element(
                            "span", ["class": "status \(person.status.rawValue)"], text: person.status.rawValue)
                        html.text(person.name)
                        let extra = [person.role, person.organisation].compactMap { $0 }.joined(separator: ", ")
                        if !extra.isEmpty { html.text(" — \(extra)") }
                    }
                }
            }
        }
        guard !meeting.fields.isEmpty else { return }
        html.element("details", ["class": "fold"]) { html in
            html.element("summary", text: "Header fields as printed (\(meeting.fields.count))")
            html.element("dl") { html in
                for field in meeting.fields {
                    html.element("dt", text: field.label)
                    html.element("dd", text: field.value)
                }
            }
        }
    }
}
