import ArgumentParser
import DocumentModel
import Foundation
import Pipeline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what extraction reads from one PDF (pages, lines, boxes, fonts, links, OCR) as JSON.")

    @OptionGroup var input: PDFArgument
    @OptionGroup var options: ConfigOptions

    func run() throws {
        // Extraction only: no stage asks a dictionary, so none is loaded.
        let pipeline = DocumentPipeline(config: try options.load(), lexicon: nil)
        let data = try input.read()
        let extracted = Result { () throws(ReferentError) -> Document in
            try pipeline.extract(data: data, file: (input.file as NSString).lastPathComponent)
        }
        guard case .success(let document) = extracted else {
            if case .failure(let error) = extracted { Console.error(error.description) }
            throw ExitCode(ExitStatus.someFailed.rawValue)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Console.output(String(decoding: try encoder.encode(document), as: UTF8.self) + "\n")
    }
}
