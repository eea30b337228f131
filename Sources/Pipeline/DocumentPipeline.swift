import DocumentModel
import Emit
import Extraction
import Foundation
import Normalisation
import OCR

/// Converts one PDF's bytes into a finished document: extraction, then the configured stages. Pure apart
/// from poppler reading the given bytes; files are read and written by the batch runner.
public struct DocumentPipeline: Sendable {
    public let config: PipelineConfig
    let extractor: PDFExtractor
    let stages: [Stage]

    /// Builds the stages once; their shared resources (lexicon, vocabulary) are loaded here, not per document.
    public init(config: PipelineConfig) {
        self.init(config: config, lexicon: StageFactory.dictionary(for: config))
    }

    /// A pipeline whose hyphen decisions consult `lexicon` instead of loading the configured dictionary:
    /// a worker asks the batch's (`WorkerLoop.batchLexicon()`).
    public init(config: PipelineConfig, lexicon: (any Lexicon)?) {
        self.config = config
        extractor = PDFExtractor(
            options: ExtractionOptions(
                password: config.extraction.password, maxPages: config.extraction.maxPages, ocr: config.ocr),
            recognizer: Self.recognizer(for: config.ocr))
        stages = StageFactory.stages(for: config, lexicon: lexicon)
    }

    /// One tesseract recognizer per process (engines are pooled inside it); none when OCR is off or the
    /// language is missing, which `validate` reports before a run starts.
    static func recognizer(for options: OCROptions) -> (any PageRecognizer)? {
        guard options.mode != .off else { return nil }
        return try? TesseractRecognizer(language: options.language)
    }

    /// Refuses a configuration the pipeline cannot run, e.g. an OCR language whose data is not installed.
    public static func validate(_ config: PipelineConfig) throws(ConfigError) {
        if config.ocr.mode != .off, !TesseractRecognizer.isAvailable(language: config.ocr.language) {
            throw ConfigError(
                file: "ocr.language", line: nil,
                message:
                    "tesseract has no data for '\(config.ocr.language)' (install tesseract-ocr-\(config.ocr.language))")
        }
    }

    /// Runs extraction only (OCR included): what `referent extract` shows.
    public func extract(data: Data, file: String) throws(ReferentError) -> Document {
        try extractor.extract(data: data, file: file)
    }

    /// Runs extraction and every stage on one document. Call on one thread per document.
    public func convert(data: Data, file: String) throws(ReferentError) -> (document: Document, timings: [StageTiming])
    {
        var timings: [StageTiming] = []
        let clock = ContinuousClock()
        let start = clock.now
        var document = try extractor.extract(data: data, file: file)
        timings.append(StageTiming(stage: "extract", seconds: (clock.now - start).seconds))
        for stage in stages {
            let stageStart = clock.now
            try stage.body(&document)
            timings.append(StageTiming(stage: stage.name, seconds: (clock.now - stageStart).seconds))
        }
        return (document, timings)
    }
}

extension Duration {
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
