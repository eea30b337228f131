import DocumentModel
import Foundation
import Normalisation
import Segmentation

/// The configured stages, in order, with their shared resources loaded once per process.
enum StageFactory {
    /// - Parameter lexicon: the word list hyphen decisions consult: the configured dictionary, loaded in
    ///   the background (`DocumentPipeline(config:)`), or the batch's, asked over a worker's pipes.
    static func stages(for config: PipelineConfig, lexicon: (any Lexicon)?) -> [Stage] {
        let normaliser = Normaliser(config: config.normalisation, lexicon: lexicon)
        let segmenter = Segmenter(config: segmentationConfig(config))
        return [
            Stage(name: "normalise") { document in
                let (pages, diagnostics) = normaliser.normalise(document.pages)
                document.pages = pages
                document.diagnostics += diagnostics
            },
            Stage(name: "segment") { document in
                document.minutes = segmenter.segment(document.pages, metadata: document.metadata)
            },
        ]
    }

    /// The configured hunspell dictionary, loading on a thread of its own from now (~90 ms: once per
    /// process, while the first document is read); nil when none is configured or its files are missing.
    static func dictionary(for config: PipelineConfig) -> BackgroundLexicon? {
        config.usableDictionary.map(BackgroundLexicon.dictionary(at:))
    }

    static func segmentationConfig(_ config: PipelineConfig) -> SegmentationConfig {
        SegmentationConfig.standard.adding(
            sectionLabels: config.segmentation.sectionLabels.map { ($0.label, $0.kind) },
            headerLabels: config.segmentation.headerLabels.map { ($0.label, $0.kind) },
            roleTitles: config.segmentation.roleTitles)
    }
}

extension PipelineConfig {
    /// The hunspell dictionary (path without extension) the pipeline will load: the configured one, when
    /// both its files are readable.
    public var usableDictionary: String? {
        normalisation.dictionaryPath.flatMap { path in
            [path + ".aff", path + ".dic"].allSatisfy { FileManager.default.isReadableFile(atPath: $0) } ? path : nil
        }
    }
}
