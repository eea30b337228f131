import DocumentModel
import Foundation
import Normalisation
import Segmentation

/// The configured stages, in order, with their shared resources loaded once per process.
enum StageFactory {
    static func stages(for config: PipelineConfig) -> [Stage] {
        // hunspell takes ~110 ms to load: once per process, shared by the documents it converts, and
        // loaded in the background while the first document is read.
        let lexicon = config.normalisation.dictionaryPath.flatMap { path -> (any Lexicon)? in
            let files = [path + ".aff", path + ".dic"]
            guard files.allSatisfy({ FileManager.default.isReadableFile(atPath: $0) }) else { return nil }
            return BackgroundLexicon { HunspellDictionary(path: path) }
        }
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

    static func segmentationConfig(_ config: PipelineConfig) -> SegmentationConfig {
        SegmentationConfig.standard.adding(
            sectionLabels: config.segmentation.sectionLabels.map { ($0.label, $0.kind) },
            headerLabels: config.segmentation.headerLabels.map { ($0.label, $0.kind) },
            roleTitles: config.segmentation.roleTitles)
    }
}
