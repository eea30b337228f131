import DocumentModel
import Foundation
import Normalisation

/// Hand-built extraction output: A4 pages of 10 pt lines, 14 pt apart, starting at the given height.
enum TestPages {
    static let width = 595.0
    static let height = 842.0
    static let dictionaryPath = "/usr/share/hunspell/da_DK"
    static let hasDictionary = FileManager.default.fileExists(atPath: dictionaryPath + ".dic")
    /// One dictionary for all tests, as the pipeline shares one per process.
    static let dictionary = HunspellDictionary(path: dictionaryPath)

    static func line(
        _ text: String, x: Double = 72, y: Double, width: Double = 450, height: Double = 10, size: Double = 10,
        bold: Bool = false, page: Int = 1, links: [LineLink] = []
    ) -> Line {
        Line(
            text: text, box: Rect(x: x, y: y, width: width, height: height),
            font: FontStyle(name: bold ? "Carlito-Bold" : "Carlito", size: size, bold: bold, italic: false),
            page: page, links: links)
    }

    /// Body lines stacked from `top`, one every 14 pt.
    static func body(_ texts: [String], top: Double = 100, page: Int = 1) -> [Line] {
        texts.enumerated().map { index, text in line(text, y: top + Double(index) * 14, page: page) }
    }

    static func page(_ number: Int, _ lines: [Line], links: [PageLink] = []) -> Page {
        Page(number: number, width: width, height: height, lines: lines, links: links)
    }

    static func normalise(_ pages: [Page], lexicon: (any Lexicon)? = nil) -> (pages: [Page], diagnostics: [Diagnostic])
    {
        Normaliser(config: .standard, lexicon: lexicon).normalise(pages)
    }

    /// The texts of a single page's body after normalisation.
    static func texts(_ lines: [String], lexicon: (any Lexicon)? = nil) -> [String] {
        normalise([page(1, body(lines))], lexicon: lexicon).pages[0].lines.map(\.text)
    }
}
