import DocumentModel

/// The column beside the pages: the document, the meeting as read, the agenda items (choosing one scrolls to
/// it and highlights its boxes), the legend with a switch per kind of box, and the diagnostics.
struct Sidebar {
    let document: Document
    /// Boxes drawn per kind, for the legend.
    let counts: [OverlayBox.Kind: Int]

    func render(into html: inout HTMLBuilder) {
        html.element("aside", ["class": "sidebar"]) { html in
            let meeting = document.minutes?.meeting
            html.element("h1", text: meeting?.title ?? document.metadata.title ?? document.source.file)
            html.element("div", ["class": "file"], text: "\(document.source.file) · \(document.source.pages) page(s)")
            let panel = MeetingPanel(meeting: meeting)
            panel.renderFields(into: &html)
            items(into: &html)
            legend(into: &html)
            panel.renderPeopleAndPrintedFields(into: &html)
            diagnostics(into: &html)
        }
    }

    private func items(into html: inout HTMLBuilder) {
        let items = document.minutes?.items ?? []
        html.element("h2", text: "Agenda items (\(items.count))")
        if items.isEmpty { html.element("p", ["class": "null"], text: "No agenda items were found.") }
        html.element("ul", ["class": "items"]) { html in
            for (index, item) in items.enumerated() {
                html.element("li") { html in
                    html.element(
                        "a",
                        [
                            "class": "item-link c\(index % Styles.itemColours.count)", "href": "#item-\(index)",
                            "data-item": item.number, "data-item-index": String(index),
                        ]
                    ) { html in
                        html.element("span", ["class": "num"], text: item.number)
                        html.text(item.title)
                        html.element("span", ["class": "meta"], text: meta(item))
                    }
                }
            }
        }
        if !items.isEmpty { html.element("p", ["class": "hint"], text: "Choose an item to highlight its boxes.") }
    }

    private func meta(_ item: AgendaItem) -> String {
        var parts: [String] = []
        parts.append(
            item.pages.first == item.pages.last ? "p. \(item.pages.first)" : "p. \(item.pages.first)–\(item.pages.last)"
        )
        if let presenter = item.presenter { parts.append(presenter) }
        if let slot = item.slot { parts.append(slot.end.map { "\(slot.start)–\($0)" } ?? slot.start) }
        var kinds: [String] = []
        for kind in item.sections.map(\.kind) where kind != "body" && !kinds.contains(kind) { kinds.append(kind) }
        if !kinds.isEmpty { parts.append(kinds.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    private func legend(into html: inout HTMLBuilder) {
        html.element("h2", text: "On the pages")
        html.element("div", ["class": "legend"]) { html in
            for kind in OverlayBox.Kind.allCases {
                html.element("label") { html in
                    html.open("input", ["type": "checkbox", "checked": "", "data-toggle": kind.rawValue])
                    html.element("span", ["class": "swatch sample-\(kind.rawValue)"]) { _ in }
                    html.text(kind.legend)
                    html.element("span", ["class": "count"], text: String(counts[kind] ?? 0))
                }
            }
        }
        html.element("p", ["class": "hint"], text: "Point at a box to see what it is and why.")
    }

    private func diagnostics(into html: inout HTMLBuilder) {
        let all = document.diagnostics + (document.minutes?.diagnostics ?? [])
        html.element("h2", text: "Diagnostics (\(all.count))")
        html.element("ul", ["class": "diagnostics"]) { html in
            for diagnostic in all {
                html.element("li") { html in
                    html.element(
                        "span", ["class": "level \(diagnostic.level.rawValue)"], text: diagnostic.level.rawValue)
                    html.element("code", text: diagnostic.code)
                    html.text(" \(diagnostic.message) ")
                    if let page = diagnostic.page, document.pages.indices.contains(page - 1) {
                        html.element("a", ["href": "#page-\(page)"], text: "page \(page)")
                    }
                }
            }
        }
    }
}
