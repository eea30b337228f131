import ArgumentParser
import DocumentModel
import Foundation
import Pipeline
import Review

/// `referent review`: per PDF, one HTML page showing every page with what Referent read drawn over it.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write a review page per PDF: the pages with items, sections, header, furniture and links drawn on.",
        discussion: "For x.pdf writes DIR/x.html, one self-contained file (page images embedded) to open in a "
            + "browser. Exit 0 when every page was written, 1 when any document failed, 2 for usage errors.")

    @Argument(help: "PDF files.")
    var files: [String]

    @Option(name: .long, help: "The folder the review pages are written to.")
    var out = "."

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Resolution of the page images.")
    var dpi = 100

    @Option(name: .long, help: "Mark OCR words below this confidence, 0–100 (default: ocr.lowConfidence).")
    var lowConfidence: Double?

    @Flag(name: .long, help: "Write the page images to DIR/<name>/page-N.png instead of embedding them.")
    var separateImages = false

    func validate() throws {
        guard (20...600).contains(dpi) else { throw ValidationError("--dpi must be between 20 and 600") }
        guard !files.isEmpty else { throw ValidationError("give at least one PDF file") }
    }

    func run() throws {
        let config = try options.load()
        let pipeline = DocumentPipeline(config: config)
        var failed = 0
        var used: Set<String> = []
        for file in files {
            let name = Self.uniqueName(for: file, used: &used)
            var reviewOptions = ReviewOptions(dpi: dpi, lowConfidence: lowConfidence ?? config.ocr.lowConfidence)
            if separateImages { reviewOptions.images = .files(folder: name) }
            let path = (out as NSString).appendingPathComponent("\(name).html")
            do {
                try review(
                    file, pipeline: pipeline, options: reviewOptions, password: config.extraction.password, to: path)
                Console.output(path + "\n")
            } catch {
                Console.error(error.description)
                failed += 1
            }
        }
        if failed > 0 { throw ExitCode(ExitStatus.someFailed.rawValue) }
    }

    private func review(
        _ file: String, pipeline: DocumentPipeline, options: ReviewOptions, password: String?, to path: String
    ) throws(ReferentError) {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ReferentError(.unreadable, file: file, message: "cannot read the file")
        }
        let name = (file as NSString).lastPathComponent
        try ReviewWriter(options: options).write(pdf: data, password: password, file: name, to: path) {
            () throws(ReferentError) in try pipeline.convert(data: data, file: name).document
        }
    }

    /// The file's name without `.pdf`; a second input with the same name gets "-2", and so on.
    static func uniqueName(for file: String, used: inout Set<String>) -> String {
        let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var name = base.isEmpty ? "document" : base
        var counter = 2
        while used.contains(name) {
            name = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(name)
        return name
    }
}
