import DocumentModel
import Foundation

/// Builds normalised pages by hand from a small line script, with realistic layout: A4 pages, 56 pt margins,
/// 10 pt body, bold 12 pt headings, header tables with the value column at 170 pt.
///
/// Script lines: `# text` bold 12 pt heading with space above, `#> text` its wrapped continuation,
/// `text` a body paragraph's first line (space above), `> text` a body line continuing the paragraph,
/// `* text` a bullet, `| label | value` a header row (two lines at one height; `| label` alone = label line),
/// `|> value` a value continuation line, `|>> value` one after a blank line, `= text` a bold 14 pt title,
/// `---` a page break, `~X[,S][b][>] text` a line indented X pt in S pt (bold with `b`; `>` continues the
/// paragraph; `!` makes the line fill the column to the right margin, as a wrapped line does).
struct PageBuilder {
    static let left = 56.0
    static let valueColumn = 170.0
    static let right = 539.0

    private(set) var pages: [Page] = []
    private var lines: [Line] = []
    private var y = 60.0
    private var number = 1

    init(_ script: String) {
        for raw in script.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(raw)
            if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            add(text)
        }
        finishPage()
    }

    static func pages(_ script: String) -> [Page] { PageBuilder(script).pages }

    private mutating func add(_ script: String) {
        func after(_ prefix: String) -> String {
            String(script.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        if script == "---" {
            finishPage()
            return
        }
        if script.hasPrefix("~") {
            styled(script)
        } else if script.hasPrefix("#>") {
            line(after("#>"), size: 12, bold: true, gap: 0)
        } else if script.hasPrefix("#") {
            line(after("#"), size: 12, bold: true, gap: 10)
        } else if script.hasPrefix("=") {
            line(after("="), size: 14, bold: true, gap: 4)
        } else if script.hasPrefix("|>>") {
            line(after("|>>"), x: Self.valueColumn, gap: 10)
        } else if script.hasPrefix("|>") {
            line(after("|>"), x: Self.valueColumn, gap: 0)
        } else if script.hasPrefix("|") {
            let cells = script.dropFirst().split(separator: "|", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            line(cells[0], bold: true, gap: 5)
            if cells.count > 1, !cells[1].isEmpty { line(cells[1], x: Self.valueColumn, gap: 0, sameRow: true) }
        } else if script.hasPrefix(">") {
            line(after(">"), gap: 0)
        } else if script.hasPrefix("*") {
            line("• " + after("*"), x: Self.left + 10, gap: 3)
        } else {
            line(script.trimmingCharacters(in: .whitespaces), gap: 6)
        }
    }

    /// `~X[,S][b][>][!] text`: indentation, size, bold, continuation, full line.
    private mutating func styled(_ script: String) {
        let head = script.dropFirst().prefix { $0 != " " }
        let text = String(script.dropFirst(head.count + 1)).trimmingCharacters(in: .whitespaces)
        let options = head.split(separator: ",", omittingEmptySubsequences: false)
        let x = Double(options[0].prefix { $0.isNumber || $0 == "." }) ?? 0
        let flags = options.count > 1 ? String(options[1]) : ""
        let size = Double(flags.prefix { $0.isNumber || $0 == "." }) ?? 10
        let all = String(head)
        line(
            text, x: Self.left + x, size: size, bold: all.contains("b"), gap: all.contains(">") ? 0 : 6,
            fill: all.contains("!"))
    }

    private mutating func line(
        _ text: String, x: Double = left, size: Double = 10, bold: Bool = false, gap: Double,
        sameRow: Bool = false, fill: Bool = false
    ) {
        if !sameRow {
            if y + gap + size * 1.2 > 800 { finishPage() }
            y += (lines.isEmpty ? 0 : gap) + size * 1.2
        }
        let width = fill ? Self.right - x : min(Double(text.count) * size * 0.47, Self.right - x)
        let box = Rect(x: x, y: y - size, width: width, height: size)
        let font = FontStyle(name: bold ? "Carlito-Bold" : "Carlito", size: size, bold: bold, italic: false)
        lines.append(Line(text: text, box: box, font: font, page: number))
    }

    private mutating func finishPage() {
        guard !lines.isEmpty else { return }
        pages.append(Page(number: number, width: 595, height: 842, lines: lines))
        lines = []
        number += 1
        y = 60
    }
}

extension Page {
    /// The page with letterhead lines set aside.
    func with(asides: [String]) -> Page {
        var page = self
        page.asides = asides.enumerated().map { n, text in
            Line(
                text: text, box: Rect(x: 400, y: 40 + Double(n) * 11, width: 130, height: 9),
                font: .unknown(size: 9), page: number)
        }
        return page
    }
}
