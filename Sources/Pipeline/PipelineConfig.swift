import Extraction
import Foundation
import Normalisation

/// Everything `pipeline.yaml` can set, typed. Defaults here equal the shipped `pipeline.yaml`, so a missing
/// key means the documented default.
public struct PipelineConfig: Sendable, Equatable {
    /// Documents converted in parallel; 0 means one per core.
    public var jobs = 0
    public var extraction = Extraction()
    /// OCR of pages without a usable text layer; Extraction's own options, set from `pipeline.yaml`.
    public var ocr = OCROptions()
    /// Normalisation's own configuration; `pipeline.yaml` sets the documented subset of it.
    public var normalisation = NormalisationConfig.standard
    public var segmentation = Segmentation()
    public var tokenizer = Tokenizer()
    public var output = Output()
    public var batch = Batch()

    public init() {}

    public struct Batch: Sendable, Equatable {
        /// A document still converting after this many seconds is killed and fails as "timed out".
        public var timeoutSeconds = 120.0
        /// Convert each document in a worker process, so a crash inside a C library costs one document.
        public var isolate = true
        /// Address-space limit of each worker in MB (0 = none), so a bomb PDF fails alone, not the machine.
        public var memoryLimitMB = 4096
        /// Seconds the documents in flight get to finish after SIGINT or SIGTERM.
        public var stopGraceSeconds = 10.0
        /// Flush each document's outputs to the disk before the ledger records it (`fsync`), so that a
        /// power cut loses none. Off, a power cut can empty the last outputs written, which the next run
        /// finds and converts again; on, each document costs its disk's flush time.
        public var durable = false
    }

    public struct Extraction: Sendable, Equatable {
        /// A document with more pages fails instead of exhausting memory.
        public var maxPages = 2000
        /// Tried on encrypted PDFs besides the empty password.
        public var password: String?
    }

    public struct Segmentation: Sendable, Equatable {
        /// Extra section labels and their kinds, added to the built-in table.
        public var sectionLabels: [LabelKind] = []
        /// Extra header labels and the meeting field they fill.
        public var headerLabels: [LabelKind] = []
        /// Extra titles that may precede a person's name ("Overlæge").
        public var roleTitles: [String] = []
    }

    public struct Tokenizer: Sendable, Equatable {
        public var abbreviations: [String] = []
        public var ordinalNouns: [String] = []
    }

    public struct Output: Sendable, Equatable {
        public var formats: Set<OutputFormat> = [.json, .xml]
        /// Validate every XML against the shipped XSD before writing it.
        public var validate = true
    }

    /// A label and what it means: a section kind or a meeting field.
    public struct LabelKind: Sendable, Equatable {
        public var label: String
        public var kind: String

        public init(label: String, kind: String) {
            self.label = label
            self.kind = kind
        }
    }
}

/// The files written per document.
public enum OutputFormat: String, Sendable, CaseIterable {
    case json, xml
}

extension PipelineConfig {
    /// `jobs` with 0 resolved to the number of cores.
    public var effectiveJobs: Int {
        jobs > 0 ? jobs : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}
