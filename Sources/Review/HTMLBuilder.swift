import Foundation

/// Builds HTML text in which everything that comes from data is escaped. Text from PDFs is untrusted: the only
/// way to add raw markup is `raw`, meant for the page's own constant CSS and script.
struct HTMLBuilder {
    private(set) var output = ""

    init(capacity: Int = 4096) {
        output.reserveCapacity(capacity)
    }

    /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe in a text node and in a quoted attribute value.
    /// Control characters (other than tab and line breaks) become their visible Control Pictures (U+2400…):
    /// a reviewer should see that a U+0007 is in the text, not have it vanish.
    static func escape(_ text: String) -> String {
        // Most values (numbers, class names, the base64 of page images: megabytes) need nothing.
        if !text.utf8.contains(where: needsEscaping) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}": result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case "\u{7F}": result += "\u{2421}"
            case "\u{80}"..."\u{9F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Bytes that may need a replacement: markup characters, controls, and any non-ASCII byte (which might
    /// start a C1 control or a noncharacter; the slow path decides).
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x22, 0x26, 0x27, 0x3C, 0x3E: true
        case 0x20...0x7E: false
        default: true
        }
    }

    /// A URI fit for `href`: only http, https and mailto; anything else (javascript:, data:, file:) is nil
    /// and is shown as text instead.
    static func safeHref(_ uri: String) -> String? {
        let trimmed = uri.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") else {
            return nil
        }
        // A URI with control characters or spaces inside is not one a link annotation should carry.
        guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) else { return nil }
        return trimmed
    }

    /// Appends escaped text.
    mutating func text(_ text: String) {
        output += Self.escape(text)
    }

    /// Appends trusted markup: the page's own constants only, never data.
    mutating func raw(_ markup: String) {
        output += markup
    }

    /// Appends `<tag attributes>`, the content `body` adds, and `</tag>`. Attributes with a nil value are left
    /// out; names are the code's own constants, values are escaped.
    mutating func element(
        _ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], body: (inout HTMLBuilder) -> Void = { _ in }
    ) {
        open(tag, attributes)
        body(&self)
        output += "</\(tag)>"
    }

    /// An element holding only escaped text.
    mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) {
        element(tag, attributes) { $0.text(text) }
    }

    /// A void element such as `<img>`.
    mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        output += "<\(tag)"
        for (name, value) in attributes {
            guard let value else { continue }
            output += " \(name)=\"\(Self.escape(value))\""
        }
        output += ">"
    }
}
