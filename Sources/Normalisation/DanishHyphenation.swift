import Foundation

/// The little Danish the dehyphenator needs, as data in `Resources/`: words that follow a suspended
/// compound and the linking letters Danish compounds join their parts with.
enum DanishHyphenation {
    /// A hyphen at a line end before one of these is a suspended compound's hyphen, never a break.
    static let suspensionConnectives = Set(lines(of: "suspension-connectives"))

    /// Letters that may link two parts of a compound, tried after the direct join.
    static let linkingElements = lines(of: "linking-elements")

    /// Inflectional endings ignored when looking for the same word elsewhere in a document
    /// ("Tilgængelighedsanalysens" vs "Tilgængelighedsanalysen").
    static let inflectionSlack = 3

    /// The entries of a resource list, lowercased: one per line, blank lines and `#` comments skipped.
    /// A missing file gives an empty list, so a broken bundle makes decisions poorer, never a crash.
    static func lines(of name: String) -> [String] {
        // `.process` flattens the folder on some platforms and keeps it on others: try both.
        let url =
            Bundle.module.url(forResource: name, withExtension: "txt")
            ?? Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
        guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.trimmingCharacters(in: .whitespaces)
            return entry.isEmpty || entry.hasPrefix("#") ? nil : entry.lowercased()
        }
    }
}
