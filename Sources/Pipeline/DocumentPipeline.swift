import DocumentModel
import Emit
import Extraction
import Foundation

/// Converts one PDF's bytes into a finished document: extraction, then the configured stages. Pure apart
/// from poppler reading the given bytes; files are read and written by the batch runner.
public struct DocumentPipeline: Sendable {
    public let config: PipelineConfig
    let extractor: PDFExtractor
    let stages: [Stage]

    /// Builds the stages once; their shared resources (lexicon, vocabulary) are loaded here, not per document.
    public init(config: PipelineConfig) {
        self.config = config
        extractor = PDFExtractor(
            options: ExtractionOptions(password: config.extraction.password, maxPages: config.extraction.maxPages))
        stages = StageFactory.stages(for: config)
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
