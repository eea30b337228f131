import Foundation

/// A word list prepared once for matching at the start of lines: each word lower-cased,
/// its length counted and the list sorted longest first when the list is built. Segmentation matches every line
/// against several lists, so doing that work per call dominated its run time.
///
/// Semantics are those of the plain definition: the text's first `word.count` characters, lower-cased, equal the
/// lower-cased word (canonical equivalence, as `String ==`); the longest word wins; a word ending in a letter or
/// digit must not run on into one, unless `glued` and the text continues with a capital or digit.
struct PrefixMatcher: Hashable, Sendable {
    struct Entry: Hashable, Sendable {
        /// `word.lowercased()`.
        var lower: String
        /// `lower` as UTF-8, for a byte comparison without going through `String ==`.
        var lowerUTF8: [UInt8]
        /// Characters in the listed word: a match covers this many characters of the text.
        var count: Int
        /// Whether `lower` is all ASCII.
        var isASCII: Bool
        /// How many leading bytes of `lower` are ASCII.
        var asciiPrefix: Int
        /// Whether every scalar of `lower` is below U+0300 (no byte from CC on): such text is in normal form.
        var isLatin: Bool
        /// Whether the word's last character is a letter or digit.
        var endsAlphanumeric: Bool
        /// Position in the list as given.
        var index: Int
        /// Position in the list of the first word with the same lower-case form (see `Match.index`).
        var firstEqual: Int
    }

    /// A match: the text's characters that matched as printed, the text after them, and the position in the list
    /// of the first word with the same lower-case form (what a case-insensitive lookup of `matched` finds).
    struct Match {
        var matched: String
        var rest: Substring
        var index: Int
    }

    /// Longest first; among equally long words the list's order (the sort is stable). Empty words are left out:
    /// they never match.
    let entries: [Entry]
    /// The list as given, and its lower-case forms (for finding the first of equal words).
    private let words: [String]
    private let lowers: [String]
    /// Positions in `entries` worth comparing, by the text's first byte: for an ASCII byte, the words whose
    /// lower-cased form starts with it once decomposed ("å" starts with "a"); at 128, every word (for text
    /// starting with non-ASCII). A string starting with an ASCII character starts with it decomposed too, and
    /// equivalent strings decompose alike, so most words are ruled out without looking at them.
    private let buckets: [[Int]]
    /// The words whose lower-cased form is not all ASCII: the only ones a text starting with a non-ASCII scalar can
    /// start with, unless that scalar is one of `asciiEquivalents`.
    private let nonASCII: [Int]
    /// Non-ASCII scalars whose lower-cased, decomposed form is ASCII: the Greek question mark (";"), the Greek
    /// varia ("`") and the Kelvin sign ("k").
    private static let asciiEquivalents: Set<UInt32> = [0x37E, 0x1FEF, 0x212A]

    init(_ words: [String]) {
        self.words = words
        let lowers = words.map { $0.lowercased() }
        self.lowers = lowers
        let all = words.indices.map { i in
            Entry(
                lower: lowers[i], lowerUTF8: Array(lowers[i].utf8), count: words[i].count,
                isASCII: lowers[i].utf8.allSatisfy { $0 < 0x80 },
                asciiPrefix: lowers[i].utf8.prefix { $0 < 0x80 }.count,
                isLatin: lowers[i].utf8.allSatisfy { $0 < 0xCC },
                endsAlphanumeric: words[i].last.map { $0.isLetter || $0.isNumber } ?? false, index: i,
                firstEqual: lowers.firstIndex(of: lowers[i]) ?? i)
        }
        let sorted = all.sorted { $0.count > $1.count }.filter { $0.count > 0 }
        entries = sorted
        var buckets = [[Int]](repeating: [], count: 129)
        for (k, entry) in sorted.enumerated() {
            let first = entry.lowerUTF8[0]
            let decomposed = first < 0x80 ? first : entry.lower.decomposedStringWithCanonicalMapping.utf8.first ?? 0x80
            if decomposed < 0x80 { buckets[Int(decomposed)].append(k) }
            buckets[128].append(k)
        }
        self.buckets = buckets
        nonASCII = buckets[128].filter { k in !sorted[k].isASCII }
    }

    /// The longest listed word `text` starts with, considering only words whose list position passes `including`.
    func match(_ text: String, glued: Bool = false, including: ((Int) -> Bool)? = nil) -> Match? {
        let found = fastMatch(text, glued: glued, including: including)
        assert(
            found.map { "\($0.matched)|\($0.rest)|\($0.index)" }
                == definition(text, glued: glued, including: including),
            "prepared match differs from its definition")
        return found
    }

    private func fastMatch(_ text: String, glued: Bool, including: ((Int) -> Bool)?) -> Match? {
        guard let byte = text.utf8.first else { return nil }
        // An ASCII first byte is the first byte of the first character lower-cased, lower-cased itself.
        let bucket =
            byte < 0x80
            ? buckets[Int(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)]
            : PrefixMatcher.asciiEquivalents.contains(text.unicodeScalars.first!.value) ? buckets[128] : nonASCII
        guard !bucket.isEmpty else { return nil }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            match(text, bytes: bytes, bucket: bucket, glued: glued, including: including)
        }
        return found ?? match(text, bytes: nil, bucket: bucket, glued: glued, including: including)
    }

    /// `fastMatch` over the bucket's entries. An ASCII word is compared with the text's bytes directly where the
    /// text starts with that many one-byte characters (most lines); other words go through `LowerCasedPrefix`.
    private func match(
        _ text: String, bytes: UnsafeBufferPointer<UInt8>?, bucket: [Int], glued: Bool, including: ((Int) -> Bool)?
    ) -> Match? {
        let limit = entries[bucket[0]].count
        let singleBytes = bytes.map { PrefixMatcher.asciiCharacters($0, limit: limit) } ?? 0
        var asciiBytes = 0
        if let bytes { while asciiBytes < min(limit, bytes.count), bytes[asciiBytes] < 0x80 { asciiBytes += 1 } }
        var window: LowerCasedPrefix?
        for k in bucket where including?(entries[k].index) ?? true {
            guard
                let end = end(
                    of: entries[k], in: text, bytes: bytes, singleBytes: singleBytes, asciiBytes: asciiBytes,
                    window: &window)
            else { continue }
            if entries[k].endsAlphanumeric, end < text.endIndex {
                let next = text[end]
                if (next.isLetter || next.isNumber) && !(glued && (next.isUppercase || next.isNumber)) { continue }
            }
            let entry = entries[k]
            let index =
                including == nil
                ? entry.firstEqual : lowers.indices.first { i in including!(i) && lowers[i] == entry.lower }
            return Match(matched: String(text[..<end]), rest: text[end...], index: index ?? entry.index)
        }
        return nil
    }

    /// Where the word ends in the text if the text starts with it, else nil. The entry is borrowed: copying it
    /// for every word of a bucket cost as much as comparing.
    private func end(
        of entry: borrowing Entry, in text: String, bytes: UnsafeBufferPointer<UInt8>?, singleBytes: Int,
        asciiBytes: Int, window: inout LowerCasedPrefix?
    ) -> String.Index? {
        guard let bytes else {
            if window == nil { window = LowerCasedPrefix(text) }
            guard window!.read(entry.count), window!.equals(entry, characters: entry.count) else { return nil }
            return window!.end(of: entry.count)
        }
        // Where both the text and the word start with ASCII, a differing byte there rules the word out: ASCII
        // scalars keep their place in any equivalent spelling of either string.
        guard
            PrefixMatcher.lowerCasedEqual(
                bytes, entry.lowerUTF8, upTo: min(entry.count, entry.asciiPrefix, asciiBytes))
        else { return nil }
        if entry.isASCII, entry.lowerUTF8.count == entry.count, entry.count <= singleBytes {
            guard PrefixMatcher.lowerCasedEqual(bytes, entry.lowerUTF8, upTo: entry.count) else { return nil }
            return text.utf8.index(text.startIndex, offsetBy: entry.count)
        }
        if window == nil { window = LowerCasedPrefix(text) }
        guard window!.read(entry.count), window!.equals(entry, characters: entry.count) else { return nil }
        return window!.end(of: entry.count)
    }

    /// How many leading characters are single ASCII bytes, counted up to `limit`: ASCII bytes other than CR
    /// (which joins a following LF), the last one only when no non-ASCII scalar (a combining mark) follows it.
    private static func asciiCharacters(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var n = 0
        while n < bytes.count, n <= limit, bytes[n] < 0x80, bytes[n] != 0x0D { n += 1 }
        if n > limit { return limit }
        return n < bytes.count && bytes[n] >= 0x80 ? max(0, n - 1) : n
    }

    /// Whether the text's first `n` bytes, ASCII lower-cased, are the first `n` of `lower`.
    private static func lowerCasedEqual(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: [UInt8], upTo n: Int) -> Bool {
        guard n <= lower.count else { return false }
        guard n <= bytes.count else { return false }
        for i in 0..<n {
            let byte = bytes[i]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != lower[i] { return false }
        }
        return true
    }
}

extension PrefixMatcher {
    /// The plain definition, which debug builds check every match against: sort, lower-case, compare.
    private func definition(_ text: String, glued: Bool, including: ((Int) -> Bool)?) -> String? {
        let listed = words.indices.filter { including?($0) ?? true }.map { words[$0] }
        for word in listed.sorted(by: { $0.count > $1.count }) where !word.isEmpty {
            guard text.count >= word.count else { continue }
            let end = text.index(text.startIndex, offsetBy: word.count)
            guard text[..<end].lowercased() == word.lowercased() else { continue }
            if let next = text[end...].first, let last = word.last, last.isLetter || last.isNumber,
                next.isLetter || next.isNumber, !(glued && (next.isUppercase || next.isNumber))
            {
                continue
            }
            let index = words.indices.first {
                (including?($0) ?? true) && words[$0].lowercased() == text[..<end].lowercased()
            }
            return "\(text[..<end])|\(text[end...])|\(index ?? -1)"
        }
        return nil
    }
}

/// The lower-cased form of a text's first characters, read as far as a comparison needs. Lower-casing maps each
/// scalar on its own, so lower-casing character by character gives the lower-cased prefix of any length.
private struct LowerCasedPrefix {
    let text: String
    /// Lower-cased UTF-8 of the characters read.
    private var bytes: [UInt8] = []
    /// `byteEnds[k]`: bytes of the first `k` characters; `ends[k]`: the text's index after them.
    private var byteEnds: [Int] = [0]
    private var ends: [String.Index]
    /// How many leading characters lower-case to ASCII.
    private var asciiCharacters = 0

    init(_ text: String) {
        self.text = text
        ends = [text.startIndex]
    }

    func end(of characters: Int) -> String.Index { ends[characters] }

    /// Reads up to `characters` characters; false if the text is shorter.
    mutating func read(_ characters: Int) -> Bool {
        let utf8 = text.utf8
        while ends.count <= characters {
            let start = ends[ends.count - 1]
            guard start < text.endIndex else { return false }
            // An ASCII scalar but CR, followed by another ASCII scalar or nothing, is a character of its own.
            let byte = utf8[start]
            let after = utf8.index(after: start)
            if byte < 0x80, byte != 0x0D, after == utf8.endIndex || utf8[after] < 0x80 {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                if asciiCharacters == ends.count - 1 { asciiCharacters += 1 }
                byteEnds.append(bytes.count)
                ends.append(after)
                continue
            }
            // Likewise a Latin-1 letter (C3 xx) when no combining mark (from CC on) follows; its capitals lower-case
            // by adding 0x20 to the second byte (but × at C3 97).
            if byte == 0xC3, after < utf8.endIndex, (0x80...0xBF).contains(utf8[after]) {
                let second = utf8[after]
                let end = utf8.index(after: after)
                if end == utf8.endIndex || utf8[end] < 0xCC {
                    bytes.append(0xC3)
                    bytes.append((0x80...0x9E).contains(second) && second != 0x97 ? second + 0x20 : second)
                    byteEnds.append(bytes.count)
                    ends.append(end)
                    continue
                }
            }
            let next = text.index(after: start)
            let utf8 = text.utf8[start..<next]
            if utf8.count == 1, let byte = utf8.first, byte < 0x80 {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                if asciiCharacters == ends.count - 1 { asciiCharacters += 1 }
            } else {
                let lower = text[start].lowercased()
                bytes.append(contentsOf: lower.utf8)
                if asciiCharacters == ends.count - 1, lower.utf8.allSatisfy({ $0 < 0x80 }) { asciiCharacters += 1 }
            }
            byteEnds.append(bytes.count)
            ends.append(next)
        }
        return true
    }

    /// Whether the first `characters` characters (already read), lower-cased, equal the entry's word.
    func equals(_ entry: borrowing PrefixMatcher.Entry, characters: Int) -> Bool {
        let length = byteEnds[characters]
        if length == entry.lowerUTF8.count, bytes[..<length].elementsEqual(entry.lowerUTF8) { return true }
        // Different bytes: unequal for ASCII on both sides, else canonical equivalence decides (NFD text).
        if entry.isASCII, asciiCharacters >= characters { return false }
        // Both below U+0300: both in normal form, where equivalent means equal.
        if entry.isLatin, bytes[..<length].allSatisfy({ $0 < 0xCC }) { return false }
        return String(decoding: bytes[..<length], as: UTF8.self) == entry.lower
    }
}
