// ocr-bench [--dpi N] [--threads N] [--force] [--lines] FILE.pdf...
// Reads each PDF with Referent's PDFExtractor + TesseractRecognizer in one process (engines reused) and
// prints, per page, "=== FILE page N …" and the page's lines in row order (rows top to bottom, cells left
// to right, like `pdftotext -layout`), then one SUMMARY line with pages/s and the mean confidence.
import DocumentModel
import Extraction
import Foundation
import OCR

var arguments = Array(CommandLine.arguments.dropFirst())
var ocr = OCROptions()
var showBoxes = false
var files: [String] = []
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--dpi": ocr.dpi = Int(arguments.removeFirst())!
    case "--threads": ocr.threads = Int(arguments.removeFirst())!
    case "--force": ocr.mode = .force
    case "--lines": showBoxes = true
    default: files.append(argument)
    }
}

func rows(_ lines: [Line]) -> [Line] {
    var rows: [[Line]] = []
    for line in lines.sorted(by: { $0.box.minY < $1.box.minY }) {
        if let first = rows.last?.first,
            line.box.verticalOverlap(with: first.box) > 0.5 * min(line.box.height, first.box.height)
        {
            rows[rows.count - 1].append(line)
        } else {
            rows.append([line])
        }
    }
    return rows.flatMap { $0.sorted { $0.box.minX < $1.box.minX } }
}

let recognizer = try TesseractRecognizer(language: ocr.language)
let extractor = PDFExtractor(options: ExtractionOptions(ocr: ocr), recognizer: recognizer)
let clock = ContinuousClock()
var pages = 0
var confidences: [Double] = []
let start = clock.now
for file in files {
    let document = try extractor.extract(data: Data(contentsOf: URL(fileURLWithPath: file)), file: file)
    for page in document.pages {
        pages += 1
        if let confidence = page.confidence { confidences.append(confidence) }
        print("=== \(file) page \(page.number) source=\(page.source) confidence=\(page.confidence ?? -1)")
        for line in rows(page.lines) {
            let box = line.box
            print(
                showBoxes ? "\(box.x) \(box.y) \(box.width) \(box.height) \(line.font.size)\t\(line.text)" : line.text)
        }
    }
    for diagnostic in document.diagnostics { print("# \(diagnostic.code): \(diagnostic.message)") }
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let mean = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
print(
    String(
        format: "SUMMARY pages=%d seconds=%.2f pages_per_second=%.3f mean_confidence=%.1f", pages, seconds,
        Double(pages) / seconds, mean))
