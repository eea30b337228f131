import ArgumentParser
import DocumentModel
import Extraction
import Foundation
import Normalisation
import Pipeline

/// `referent inspect`: every decision normalisation made, page by page, for people asking "why?".
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print per page the lines with their boxes and fonts, removed furniture and hyphen decisions.")

    @OptionGroup var input: PDFArgument
    @OptionGroup var options: ConfigOptions

    func run() throws {
        let config = try options.load()
        let data = try input.read()
        let file = input.file
        let converted = Result { () throws(ReferentError) -> Document in
            try DocumentPipeline(config: config).convert(data: data, file: file).document
        }
        guard case .success(let document) = converted else {
            if case .failure(let error) = converted { Console.error(error.description) }
            throw ExitCode(ExitStatus.someFailed.rawValue)
        }
        Console.output(inspectionReport(of: document.pages))
        for diagnostic in document.diagnostics + (document.minutes?.diagnostics ?? []) {
            let page = diagnostic.page.map { " (page \($0))" } ?? ""
            Console.output("\(diagnostic.level.rawValue): \(diagnostic.code)\(page): \(diagnostic.message)\n")
        }
    }
}
