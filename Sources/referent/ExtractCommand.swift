import ArgumentParser
import DocumentModel
import Extraction
import Foundation
import Pipeline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what extraction reads from one PDF (pages, lines, boxes, fonts, links) as JSON.")

    @Argument(help: "A PDF file.")
    var file: String

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let config = try options.load()
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("\(file): cannot read the file")
            throw ExitCode(ExitStatus.someFailed.rawValue)
        }
        let extractor = PDFExtractor(
            options: ExtractionOptions(password: config.extraction.password, maxPages: config.extraction.maxPages))
        do {
            let document = try extractor.extract(data: data, file: (file as NSString).lastPathComponent)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.output(String(decoding: try encoder.encode(document), as: UTF8.self) + "\n")
        } catch let error as ReferentError {
            Console.error(error.description)
            throw ExitCode(ExitStatus.someFailed.rawValue)
        }
    }
}
