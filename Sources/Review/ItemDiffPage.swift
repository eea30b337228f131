/// A side-by-side HTML view of items that changed between two runs, for `referent diff --format html`: per
/// item, the old text on the left with removed words struck, the new on the right with added words marked.
public struct ItemDiffPage {
    /// One item in both versions; nil on a side where the item does not exist (added or removed).
    public struct Pair: Sendable, Equatable {
        /// How the item is named in the view, e.g. "3 Budget 2025".
        public var label: String
        public var old: String?
        public var new: String?

        public init(label: String, old: String?, new: String?) {
            self.label = label
            self.old = old
            self.new = new
        }
    }

    /// The page for `pairs` in order; `oldName`/`newName` head the two columns (file names, run ids).
    public static func html(title: String, oldName: String, newName: String, pairs: [Pair]) -> String {
        var html = HTMLBuilder()
        ReportStyles.head(title: title, into: &html)
        html.element("body", ["class": "report"]) { html in
            html.element("h1", text: title)
            let changed = pairs.filter { WordMarks(old: $0.old ?? "", new: $0.new ?? "").isUnchanged == false }
            html.element("p", ["class": "muted"], text: "\(changed.count) of \(pairs.count) item(s) differ.")
            html.element("table", ["class": "diff"]) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        html.element("th", text: oldName)
                        html.element("th", text: newName)
                    }
                }
                html.element("tbody") { html in
                    for pair in pairs { row(pair, into: &html) }
                }
            }
        }
        html.raw("</html>\n")
        return html.output
    }

    private static func row(_ pair: Pair, into html: inout HTMLBuilder) {
        let marks = WordMarks(old: pair.old ?? "", new: pair.new ?? "")
        let state =
            pair.old == nil ? "added" : pair.new == nil ? "removed" : marks.isUnchanged ? "unchanged" : "changed"
        html.element("tr", ["class": "label \(state)"]) { html in
            html.element("th", ["colspan": "2"], text: "\(pair.label) — \(state)")
        }
        html.element("tr", ["class": state]) { html in
            cell(pair.old == nil ? nil : marks.old, mark: "del", into: &html)
            cell(pair.new == nil ? nil : marks.new, mark: "ins", into: &html)
        }
    }

    private static func cell(_ words: [WordMarks.Word]?, mark: String, into html: inout HTMLBuilder) {
        html.element("td") { html in
            guard let words else {
                html.element("span", ["class": "muted"], text: "(not in this version)")
                return
            }
            for (index, word) in words.enumerated() {
                if word.text == "\n" {
                    html.raw(word.changed ? "<\(mark)>¶</\(mark)><br>" : "<br>")
                    continue
                }
                if index > 0 && words[index - 1].text != "\n" { html.text(" ") }
                if word.changed { html.element(mark, text: word.text) } else { html.text(word.text) }
            }
        }
    }
}
