import DocumentModel

extension FontStyle {
    /// Words in a font's name that mean a heavy weight, and those that mean a slanted style.
    static let weightWords = ["bold", "black", "heavy", "semibold", "demi"]
    static let slantWords = ["italic", "oblique"]

    /// Reads weight and slant from the font's name, the only evidence a PDF reliably carries.
    init(run: FontRun) {
        let size = (run.size * 10).rounded() / 10
        if let style = ASCIIFontName.style(of: run.fontName) {
            self.init(name: style.name, size: size, bold: style.bold, italic: style.italic)
            return
        }
        var name = run.fontName
        if let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 {
            name = String(name[name.index(after: plus)...])
        }
        let lower = name.lowercased()
        let bold = Self.weightWords.contains { lower.contains($0) }
        let italic = Self.slantWords.contains { lower.contains($0) }
        self.init(name: name, size: size, bold: bold, italic: italic)
    }
}

/// The same reading of a font name done on its bytes, for names of printable ASCII (nearly all): a page has
/// hundreds of font runs, and Character search, `lowercased()` and Foundation's substring search per run
/// cost more than building the page's lines. Other names take the general path, so results never differ.
private enum ASCIIFontName {
    static let weightWords = FontStyle.weightWords.map { Array($0.utf8) }
    static let slantWords = FontStyle.slantWords.map { Array($0.utf8) }

    /// The name without its 6-letter subset prefix and its emphasis; nil when the name is not printable ASCII.
    static func style(of fontName: String) -> (name: String, bold: Bool, italic: Bool)? {
        let style = fontName.utf8.withContiguousStorageIfAvailable { bytes -> (String, Bool, Bool)? in
            guard bytes.allSatisfy({ (0x21...0x7E).contains($0) }) else { return nil }
            var name = bytes[...]
            if let plus = bytes.firstIndex(of: UInt8(ascii: "+")), plus == 6 { name = bytes[(plus + 1)...] }
            let bold = weightWords.contains { contains(name, lowercased: $0) }
            let italic = slantWords.contains { contains(name, lowercased: $0) }
            let stripped = name.startIndex == 0 ? fontName : String(decoding: name, as: UTF8.self)
            return (stripped, bold, italic)
        }
        return style ?? nil
    }

    /// Whether `word` (lowercase) occurs in `bytes` compared without regard to ASCII case.
    private static func contains(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, lowercased word: [UInt8]) -> Bool {
        guard bytes.count >= word.count else { return false }
        var start = bytes.startIndex
        while start + word.count <= bytes.endIndex {
            var matched = 0
            while matched < word.count, lowercase(bytes[start + matched]) == word[matched] { matched += 1 }
            if matched == word.count { return true }
            start += 1
        }
        return false
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
    }
}
