import DocumentModel
import Extraction
import Foundation
import OCR

/// Fixture paths, the shared recognizer and the measures the OCR tests judge by.
enum OCRFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let scan = root.appendingPathComponent("fixtures/pdf/scan/politisk-klynge-2020-01-16-scan.pdf")
    static let bornDigital = root.appendingPathComponent("fixtures/pdf/region/politisk-klynge-2020-01-16.pdf")
    static let stamped = root.appendingPathComponent("fixtures/pdf/scan/politisk-klynge-2020-01-16-stamped.pdf")
    static let sideways = root.appendingPathComponent("fixtures/pdf/scan/politisk-klynge-2020-01-16-sideways.pdf")
    static let rotated = root.appendingPathComponent("fixtures/pdf/special/rotated-90.pdf")

    static let danishAvailable = TesseractRecognizer.isAvailable(language: "dan")

    /// One recognizer for the whole test run: engines are pooled in it, as in a worker process.
    static let recognizer: TesseractRecognizer? = try? TesseractRecognizer(language: "dan")

    static func data(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    /// The text of a page's lines in reading order (rows top to bottom, cells left to right), whitespace
    /// collapsed: the same text for the same page whether it came from a text layer or OCR.
    static func readingText(_ page: Page) -> String {
        let sorted = page.lines.sorted { $0.box.minY < $1.box.minY }
        var rows: [[Line]] = []
        for line in sorted {
            if let first = rows.last?.first,
                line.box.verticalOverlap(with: first.box) > 0.5 * min(line.box.height, first.box.height)
            {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        let text = rows.flatMap { $0.sorted { $0.box.minX < $1.box.minX } }.map(\.text).joined(separator: " ")
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Character error rate: edit distance over the reference's length.
    static func characterErrorRate(_ text: String, reference: String) -> Double {
        let a = Array(text.unicodeScalars)
        let b = Array(reference.unicodeScalars)
        guard !b.isEmpty else { return a.isEmpty ? 0 : 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return Double(a.isEmpty ? b.count : previous[b.count]) / Double(b.count)
    }
}
