import ArgumentParser
import Foundation

/// The one PDF a diagnostic command (`extract`, `inspect`) reads.
struct PDFArgument: ParsableArguments {
    @Argument(help: "A PDF file.")
    var file: String

    /// The file's bytes, or exit 1 with the reason.
    func read() throws -> Data {
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("\(file): cannot read the file")
            throw ExitCode(ExitStatus.someFailed.rawValue)
        }
        return data
    }
}
