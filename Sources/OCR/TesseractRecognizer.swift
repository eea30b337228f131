import DocumentModel
import Extraction
import Foundation

/// Reads rendered pages with tesseract through its C API, in memory (no temporary files).
///
/// Engines cost ~90 ms to initialise, so each recognizer keeps a pool of them, one per thread that has
/// used it; make one recognizer per process and share it. A page read with low confidence is checked for
/// orientation (a page scanned sideways or upside down) with tesseract's OSD when `osd.traineddata` is
/// installed, otherwise by reading it turned 90°, 180° and 270°; the best reading is kept.
public final class TesseractRecognizer: PageRecognizer {
    /// The tesseract language(s), e.g. "dan" or "dan+eng".
    public let language: String
    private let engines: EnginePool
    /// Engines for orientation detection; nil when `osd.traineddata` is missing.
    private let orientation: EnginePool?

    /// A page whose mean word confidence is below this is checked for a turned scan.
    public static let orientationCheckBelow = 60.0
    /// OSD's confidence in a turn must reach this before the turned page is read.
    public static let minimumOrientationConfidence = 1.0

    /// Checks that the traineddata of `language` is installed (failing early), without loading it: engines
    /// (~90 ms each) are made on first use, so a worker that never meets a scan never pays for one.
    /// `dataPath` is the tessdata folder; nil uses TESSDATA_PREFIX or tesseract's built-in location.
    public init(language: String = "dan", dataPath: String? = nil) throws(ReferentError) {
        guard let folder = Self.dataFolder(for: language, dataPath: dataPath) else {
            throw ReferentError(
                .internalFailure, file: "",
                message: "tesseract cannot load language \"\(language)\" (is its .traineddata installed?)")
        }
        self.language = language
        engines = EnginePool(language: language, dataPath: dataPath)
        let hasOSD = FileManager.default.fileExists(atPath: "\(folder)/osd.traineddata")
        orientation = hasOSD ? EnginePool(language: "osd", dataPath: dataPath) : nil
    }

    /// Whether tesseract finds the traineddata of every language in `language` ("dan+eng"), checked
    /// without loading them.
    public static func isAvailable(language: String = "dan", dataPath: String? = nil) -> Bool {
        dataFolder(for: language, dataPath: dataPath) != nil
    }

    /// The tessdata folder holding every language of `language`, if any.
    static func dataFolder(for language: String, dataPath: String?) -> String? {
        let folders =
            dataPath.map { [$0] }
            ?? [ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], "/usr/share/tesseract-ocr/5/tessdata"]
            .compactMap { $0 }
        return folders.first { folder in
            language.split(separator: "+").allSatisfy {
                FileManager.default.fileExists(atPath: "\(folder)/\($0).traineddata")
            }
        }
    }

    public func recognize(
        _ image: RenderedPage, pageNumber: Int, pageSize: (width: Double, height: Double)
    ) throws(ReferentError) -> RecognizedPage {
        var best = try read(image, turn: 0, pageNumber: pageNumber)
        if best.score < Self.orientationCheckBelow {
            for turn in try candidateTurns(image) {
                let turned = try read(image.turned(clockwise: turn), turn: turn, pageNumber: pageNumber)
                if turned.score > best.score { best = turned }
            }
        }
        let swaps = best.turn % 180 != 0
        let confidences = best.words.map(\.confidence)
        return RecognizedPage(
            lines: best.lines, words: best.words,
            confidence: confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count),
            rotation: best.turn, width: swaps ? pageSize.height : pageSize.width,
            height: swaps ? pageSize.width : pageSize.height)
    }

    private struct Reading {
        var turn: Int
        var lines: [Line]
        var words: [RecognizedWord]
        /// Mean word confidence, 0 for nothing read.
        var score: Double
    }

    private func read(_ image: RenderedPage, turn: Int, pageNumber: Int) throws(ReferentError) -> Reading {
        let words = try engines.withEngine { engine in engine.words(in: image) }
        let built = OCRLineBuilder(pageNumber: pageNumber, dpi: image.dpi).build(words)
        let confidences = built.words.map(\.confidence)
        let score = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        return Reading(turn: turn, lines: built.lines, words: built.words, score: score)
    }

    /// The turns worth trying: the one OSD finds, or all three without OSD.
    private func candidateTurns(_ image: RenderedPage) throws(ReferentError) -> [Int] {
        guard let orientation else { return [90, 180, 270] }
        let found = try orientation.withEngine { engine in engine.uprightTurn(of: image) }
        guard let found, found.degrees != 0, found.confidence >= Self.minimumOrientationConfidence else { return [] }
        return [found.degrees]
    }
}
