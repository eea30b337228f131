import DocumentModel
import Foundation

/// A readable dump of normalised pages for `referent inspect` and for review: per page each body line
/// with its box and font, the blocks, the asides, what was removed as furniture and why, and every
/// hyphen decision with its reason.
public func inspectionReport(of pages: [Page]) -> String {
    var out = ""
    for page in pages {
        out += "=== page \(page.number) (\(format(page.width)) × \(format(page.height)) pt, \(page.source.rawValue))\n"
        let blockStarts = Dictionary(page.blocks.map { ($0.lines.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        for (index, line) in page.lines.enumerated() {
            if let block = blockStarts[index] {
                out += "  [\(block.kind.rawValue) lines \(block.lines.lowerBound)..<\(block.lines.upperBound)]\n"
            }
            out += "    \(pad(index)) \(describe(line.box)) \(describe(line.font)) \(line.text)"
            if !line.links.isEmpty {
                out += "  ⟶ " + line.links.map { "\($0.text) <\($0.uri)>" }.joined(separator: ", ")
            }
            out += "\n"
        }
        for line in page.asides { out += "  aside     \(describe(line.box)) \(line.text)\n" }
        for item in page.furniture {
            out += "  removed   \(describe(item.box)) \(item.reason.rawValue): \(item.text)\n"
        }
        for decision in page.hyphenation {
            let verdict = decision.joined ? "joined" : "kept  "
            out +=
                "  hyphen    \(verdict) \(decision.head) | \(decision.tail) → \(decision.result) (\(decision.reason))\n"
        }
    }
    return out
}

private func format(_ value: Double) -> String { String(format: "%.1f", value) }

private func pad(_ index: Int) -> String {
    let text = String(index)
    return String(repeating: " ", count: max(0, 3 - text.count)) + text
}

private func describe(_ box: Rect) -> String {
    "(\(format(box.x)),\(format(box.y)) \(format(box.width))×\(format(box.height)))"
}

private func describe(_ font: FontStyle) -> String {
    let style = (font.bold ? "B" : "") + (font.italic ? "I" : "")
    return "\(font.name.isEmpty ? "?" : font.name) \(format(font.size))\(style.isEmpty ? "" : " " + style)"
}
