/// A quick test that rules out most `TextMatching.find` calls before its lower-casing and Foundation search:
/// phrases are looked for in every participant entry and heading, and are usually absent.
///
/// `find` matches the lower-cased phrase in the lower-cased text up to canonical equivalence. An ASCII character
/// of the phrase followed by another ASCII character stands for itself in any equivalent text (only an ASCII
/// character followed by a combining mark can be written precomposed, and only ";", "`" and the Kelvin sign
/// decompose to ASCII). Lower-casing maps only ASCII, "İ" and the Kelvin sign to ASCII. So unless the text holds
/// one of those two, such a run of the phrase must occur in the text's bytes, compared ASCII-case-insensitively.
enum PhraseFilter {
    /// False only when `find(phrase, in: text)` cannot match.
    static func mayOccur(_ phrase: Phrase, in text: String) -> Bool {
        let run = phrase.literalRun
        guard !run.isEmpty else { return true }
        return text.utf8.withContiguousStorageIfAvailable { contains($0, run) } ?? true
    }

    /// The phrase's longest run of ASCII characters (but ";" and "`") each followed by another ASCII character
    /// or ending the phrase.
    static func literalRun(_ lower: String) -> [UInt8] {
        let bytes = Array(lower.utf8)
        var best: Range<Int> = 0..<0
        var start = 0
        for i in 0...bytes.count {
            let literal =
                i < bytes.count && bytes[i] < 0x80 && bytes[i] != UInt8(ascii: ";") && bytes[i] != UInt8(ascii: "`")
                && (i + 1 == bytes.count || bytes[i + 1] < 0x80)
            if literal { continue }
            if i - start > best.count { best = start..<i }
            start = i + 1
        }
        return Array(bytes[best])
    }

    /// Whether the text holds `run` (lower-case ASCII) ignoring ASCII case; true as well when the text holds "İ"
    /// (C4 B0) or the Kelvin sign (E2 84 AA), which lower-case to ASCII.
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ run: [UInt8]) -> Bool {
        // One pass: either finding ends it with true.
        for i in text.indices {
            if lowersToASCII(text, at: i) || runMatches(run, text, at: i) { return true }
        }
        return false
    }

    /// Whether "İ" (C4 B0) or the Kelvin sign (E2 84 AA) starts at `i`.
    static func lowersToASCII(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = text.count
        let b = text[i]
        return (b == 0xC4 && i + 1 < n && text[i + 1] == 0xB0)
            || (b == 0xE2 && i + 2 < n && text[i + 1] == 0x84 && text[i + 2] == 0xAA)
    }

    /// Whether the text's bytes from `i`, ASCII lower-cased, are `run` (lower-case ASCII, not empty).
    static func runMatches(_ run: [UInt8], _ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard lowered(text[i]) == run[0], i + run.count <= text.count else { return false }
        var k = 1
        while k < run.count, lowered(text[i + k]) == run[k] { k += 1 }
        return k == run.count
    }

    /// Whether the text's UTF-8 holds the needle's.
    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { occurs($0, in: hay) }
        }
        return (found ?? nil) ?? true
    }

    /// Each word as UTF-8 in lower case, capitalised and in capitals: the spellings a byte search for the word
    /// looks for at the start of a sentence, inside one and in a heading set in capitals.
    static func spellings(_ words: some Sequence<String>) -> [[UInt8]] {
        words.flatMap { word in
            let lower = word.lowercased()
            return [lower, lower.prefix(1).uppercased() + lower.dropFirst(), lower.uppercased()].map { Array($0.utf8) }
        }
    }

    /// Whether the UTF-8 bytes of `text` contain one of `needles` (an empty needle is none).
    static func containsBytes(_ text: String, anyOf needles: [[UInt8]]) -> Bool {
        var text = text
        return text.withUTF8 { hay in
            needles.contains { needle in !needle.isEmpty && needle.withUnsafeBufferPointer { occurs($0, in: hay) } }
        }
    }

    /// The byte search both `containsBytes` make: whether `pin` occurs in `hay` (an empty pin does).
    private static func occurs(_ pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pin.first, pin.count <= hay.count else { return pin.isEmpty }
        for i in 0...(hay.count - pin.count) where hay[i] == first {
            var k = 1
            while k < pin.count, hay[i + k] == pin[k] { k += 1 }
            if k == pin.count { return true }
        }
        return false
    }

    static func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
