import Foundation

/// Reads the lexicon's word lists from the module bundle.
///
/// Files are UTF-8, one entry per line; blank lines and lines starting with `#` are skipped. A missing file yields
/// an empty list rather than a crash, so a broken bundle degrades to shape rules instead of taking the pipeline down.
struct ResourceLoader {
    /// The lines of `name.txt`, trimmed and lowercased.
    func words(_ name: String) -> [String] {
        guard let text = contents(of: name) else { return [] }
        var result: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let entry = line.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            result.append(entry.lowercased())
        }
        return result
    }

    /// Lines of the form `word number`, as a lowercased dictionary.
    func numberedWords(_ name: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for line in words(name) {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2, let number = Int(parts[1]) else { continue }
            result[String(parts[0])] = number
        }
        return result
    }

    private func contents(of name: String) -> String? {
        // `.process` flattens the folder on some platforms and keeps it on others: try both.
        let url =
            Bundle.module.url(forResource: name, withExtension: "txt")
            ?? Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
        guard let url else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
