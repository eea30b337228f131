import Foundation

/// Titles a whole line must equal, trimmed and lower-cased ("Dagsorden:" is the table of contents title
/// "Dagsorden"). Lines are compared with the titles before and after most items, and most lines are ruled out by
/// their first letters without trimming, lower-casing and hashing them.
///
/// A line starting with ASCII keeps those characters, lower-cased, at the start of its lower-cased, decomposed
/// form, and so does a title; canonically equivalent strings decompose alike. Where both start with ASCII, the
/// bytes must agree — up to the first whitespace that cleaning could change.
struct WholeLineTitles: Hashable, Sendable {
    /// Lower-cased, for whole-line lookups (a set compares strings as `==` does: by canonical equivalence).
    let titles: Set<String>
    /// Each title's ASCII start, lower-cased and decomposed.
    private let asciiStarts: [[UInt8]]

    init(_ list: [String]) {
        titles = Set(list.map { $0.lowercased() })
        asciiStarts = list.map { Array($0.lowercased().decomposedStringWithCanonicalMapping.utf8.prefix { $0 < 0x80 }) }
    }

    /// Whether the line, its trailing punctuation trimmed (`TextMatching.trimTrailing`) and lower-cased, is a title.
    func contains(line: String) -> Bool {
        let possible = line.utf8.withContiguousStorageIfAvailable(mayBeTitle) ?? true
        guard possible else {
            assert(!titles.contains(TextMatching.trimTrailing(line).lowercased()), "ruled out a title")
            return false
        }
        return titles.contains(TextMatching.trimTrailing(line).lowercased())
    }

    private func mayBeTitle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The ASCII start, up to whitespace other than a single space between words (cleaning keeps that).
        var n = 0
        while n < bytes.count, bytes[n] < 0x80 {
            let byte = bytes[n]
            let space = byte == 0x20 || (0x09...0x0D).contains(byte)
            if space && (byte != 0x20 || n == 0 || n + 1 == bytes.count) { break }
            if space, bytes[n + 1] == 0x20 || (0x09...0x0D).contains(bytes[n + 1]) || bytes[n + 1] >= 0x80 { break }
            n += 1
        }
        guard n > 0 else { return true }
        return asciiStarts.contains { start in
            (0..<min(n, start.count)).allSatisfy { i in
                let byte = bytes[i]
                return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == start[i]
            }
        }
    }
}
