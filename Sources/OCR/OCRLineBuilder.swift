import DocumentModel
import Extraction

/// Turns tesseract's words into layout lines like a text layer's, so dehyphenation, furniture removal and
/// segmentation treat OCR pages the same way.
///
/// Tesseract's text lines follow a skewed scan's baseline, so they are the starting point; a line is then
/// cut where a gap is wider than a column gap (label | value tables), as LineBuilder cuts a text layer.
struct OCRLineBuilder {
    var pageNumber: Int
    /// Pixels per inch of the image the words were read on.
    var dpi: Double

    /// A gap wider than this many ems between words cuts the line (the text layer's column gap).
    static let columnGapEms = 2.5
    /// Ascender height of a typical text face as a share of its size (Carlito 0.75, Liberation 0.73,
    /// DejaVu 0.76): the size is estimated from the tallest ascent above the baseline in a line.
    static let ascentPerEm = 0.72
    /// Height of a word with ascender and descender as a share of the size, when there is no baseline.
    static let heightPerEm = 0.95
    /// Estimated sizes snap to this step (points) so a page's body text shares one size.
    static let sizeStep = 0.5
    /// Words of tesseract's made of no letter or digit below this confidence are noise (specks).
    static let noiseConfidence = 50.0
    /// A cell (words between column gaps) whose mean confidence is this far below the page's is noise (a rule
    /// or a stamp read as letters); never a cell above `noiseConfidence`, so a poor scan keeps its text.
    static let noiseCellMargin = 30.0
    /// A word flatter than this share of the page's median word height is a rule or a scratch read as
    /// letters, unless it is a confidently read dash or dot.
    static let flatWordFraction = 0.35

    func build(_ words: [TesseractWord]) -> (lines: [Line], words: [RecognizedWord]) {
        let heights = words.map { $0.bottom - $0.top }.sorted()
        let medianHeight = heights.isEmpty ? 0 : Double(heights[heights.count / 2])
        let kept = words.filter { !isNoise($0, medianHeight: medianHeight) }
        var cells: [[TesseractWord]] = []
        var start = 0
        while start < kept.count {
            var end = start + 1
            while end < kept.count, kept[end].line == kept[start].line { end += 1 }
            cells += self.cells(of: Array(kept[start..<end]))
            start = end
        }
        let pageMean = kept.isEmpty ? 0 : kept.map(\.confidence).reduce(0, +) / Double(kept.count)
        let floor = min(Self.noiseConfidence, pageMean - Self.noiseCellMargin)
        let readable = cells.filter { Self.meanConfidence($0) >= floor }
        let recognized = readable.joined().map {
            RecognizedWord(text: $0.text, box: points($0), confidence: $0.confidence)
        }
        return (unifySizes(readable.map(line)), recognized)
    }

    private func isNoise(_ word: TesseractWord, medianHeight: Double) -> Bool {
        let scalars = word.text.unicodeScalars
        if scalars.allSatisfy(\.properties.isWhitespace) { return true }
        let hasAlphanumeric = scalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        if !hasAlphanumeric && word.confidence < Self.noiseConfidence { return true }
        let flat = Double(word.bottom - word.top) < Self.flatWordFraction * medianHeight
        return flat && (hasAlphanumeric || word.confidence < Self.noiseConfidence)
    }

    /// Estimates scatter by a step around the true size; lines within one step of the page's most common
    /// size get that size, so body text shares one size and headings stand out as in a text layer.
    private func unifySizes(_ lines: [Line]) -> [Line] {
        var weights: [Double: Int] = [:]
        for line in lines { weights[line.font.size, default: 0] += line.text.count }
        guard let body = weights.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return lines }
        return lines.map { line in
            var line = line
            if abs(line.font.size - body) <= Self.sizeStep { line.font.size = body }
            return line
        }
    }

    /// One tesseract line cut into cells at column gaps.
    private func cells(of words: [TesseractWord]) -> [[TesseractWord]] {
        let sorted = words.sorted { $0.left < $1.left }
        let columnGap = Self.columnGapEms * fontSize(sorted) * dpi / 72
        var result: [[TesseractWord]] = []
        var cell: [TesseractWord] = []
        for word in sorted {
            if let last = cell.last, Double(word.left - last.right) > columnGap {
                result.append(cell)
                cell = []
            }
            cell.append(word)
        }
        if !cell.isEmpty { result.append(cell) }
        return result
    }

    private static func meanConfidence(_ words: [TesseractWord]) -> Double {
        words.isEmpty ? 0 : words.map(\.confidence).reduce(0, +) / Double(words.count)
    }

    private func line(_ words: [TesseractWord]) -> Line {
        let box = words.map(points).enclosingRect ?? Rect(x: 0, y: 0, width: 0, height: 0)
        let size = fontSize(words)
        let confidence = Self.meanConfidence(words)
        return Line(
            text: words.map(\.text).joined(separator: " "), box: box.rounded, font: .unknown(size: size),
            page: pageNumber, confidence: (confidence * 10).rounded() / 10)
    }

    /// The line's font size in points, from the ascent above the baseline of its tallest words (capitals and
    /// ascenders reach about the same height; the second tallest, so one "Å" or bracket does not decide),
    /// or from word heights when tesseract gave no baseline.
    private func fontSize(_ words: [TesseractWord]) -> Double {
        let ascents = words.compactMap { word in word.baseline.map { Double($0 - word.top) } }.sorted(by: >)
        let pixels: Double
        if let ascent = ascents.count >= 3 ? ascents[1] : ascents.first, ascent > 0 {
            pixels = ascent / Self.ascentPerEm
        } else {
            pixels = Double(words.map { $0.bottom - $0.top }.max() ?? 0) / Self.heightPerEm
        }
        let points = pixels * 72 / dpi
        return max(Self.sizeStep, (points / Self.sizeStep).rounded() * Self.sizeStep)
    }

    private func points(_ word: TesseractWord) -> Rect {
        let scale = 72 / dpi
        return Rect(
            minX: Double(word.left) * scale, minY: Double(word.top) * scale, maxX: Double(word.right) * scale,
            maxY: Double(word.bottom) * scale)
    }
}
