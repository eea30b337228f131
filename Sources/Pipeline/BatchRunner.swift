import DocumentModel
import Emit
import Foundation
import Review
import Synchronization

/// The outcome of one input.
public struct DocumentResult: Sendable, Equatable {
    /// `interrupted`: the run was stopped before the document finished; it is not recorded, so the next run
    /// converts it.
    public enum Status: String, Sendable { case converted, failed, interrupted }

    public var input: String
    public var status: Status
    public var error: String?
    public var pages: Int
    public var seconds: Double
    public var outputs: [String]
    public var timings: [StageTiming]
    /// SHA-256 of the bytes converted, for the ledger.
    public var sha256: String? = nil
}

/// Converts documents in parallel, one document per thread (poppler's rule), and writes their outputs.
/// A failing document fails alone: its error is recorded and the others go on.
public struct BatchRunner: Sendable {
    public let pipeline: DocumentPipeline
    public let outputFolder: String
    public let formats: Set<OutputFormat>
    let validator: XMLSchemaValidator?
    /// Writes a review page beside each document's outputs when set (`convert --review`); off by default,
    /// since rendering pages costs more than converting them.
    public var review: ReviewWriter?

    public init(
        pipeline: DocumentPipeline, outputFolder: String, formats: Set<OutputFormat>, validator: XMLSchemaValidator?,
        review: ReviewWriter? = nil
    ) {
        self.pipeline = pipeline
        self.outputFolder = outputFolder
        self.formats = formats
        self.validator = validator
        self.review = review
    }

    /// Runs the batch; `progress` is called (from worker threads) as each document finishes.
    /// With a `control` that is stopping, no new document starts.
    public func run(
        _ documents: [InputDocument], jobs: Int, control: BatchControl? = nil,
        progress: @escaping @Sendable (DocumentResult) -> Void = { _ in }
    ) -> [DocumentResult] {
        DocumentLanes.run(
            documents, lanes: jobs, control: control, initialState: {},
            convert: { document, _ in convert(document) }, progress: progress)
    }

    /// Converts one document and writes its outputs; never throws.
    public func convert(_ input: InputDocument) -> DocumentResult {
        let clock = ContinuousClock()
        let start = clock.now
        var result = DocumentResult(
            input: input.path, status: .failed, error: nil, pages: 0, seconds: 0, outputs: [], timings: [])
        do throws(ReferentError) {
            let data = try read(input)
            let (document, timings) = try pipeline.convert(data: data, file: input.relativePath)
            result.pages = document.source.pages
            result.sha256 = document.source.sha256
            result.timings = timings
            result.outputs = try write(document, for: input)
            if let review, let output = result.outputs.first {
                let page = ReviewWriter.path(besideOutput: output)
                try review.write(document: document, pdf: data, password: pipeline.config.extraction.password, to: page)
                result.outputs.append(page)
            }
            result.status = .converted
        } catch {
            result.error = error.description
        }
        result.seconds = (clock.now - start).seconds
        return result
    }

    private func read(_ input: InputDocument) throws(ReferentError) -> Data {
        guard FileManager.default.isReadableFile(atPath: input.path) else {
            throw ReferentError(.unreadable, file: input.relativePath, message: "cannot read the file (permissions?)")
        }
        guard let data = FileManager.default.contents(atPath: input.path) else {
            throw ReferentError(.unreadable, file: input.relativePath, message: "cannot read the file")
        }
        return data
    }

    /// The output paths for an input: its relative path under the output folder with .json/.xml.
    public func outputPath(for input: InputDocument, format: OutputFormat) -> String {
        let base = (input.relativePath as NSString).deletingPathExtension
        return (outputFolder as NSString).appendingPathComponent(base + "." + format.rawValue)
    }

    private func write(_ document: Document, for input: InputDocument) throws(ReferentError) -> [String] {
        let value = OutputContract.value(of: document)
        var rendered: [(OutputFormat, Data)] = []
        for format in OutputFormat.allCases where formats.contains(format) {
            switch format {
            case .json: rendered.append((format, JSONWriter.data(value)))
            case .xml:
                let xml = XMLWriter.data(value)
                if let validator {
                    let errors = validator.errors(in: xml)
                    guard errors.isEmpty else {
                        throw ReferentError(
                            .invalidOutput, file: input.relativePath,
                            message:
                                "the XML does not validate against the XSD: \(errors.prefix(3).joined(separator: "; "))"
                        )
                    }
                }
                rendered.append((format, xml))
            }
        }
        var written: [String] = []
        for (format, data) in rendered {
            let path = outputPath(for: input, format: format)
            try OutputWriter.write(data, to: path, file: input.relativePath)
            written.append(path)
        }
        return written
    }
}
