import ArgumentParser
import Foundation
import Pipeline

/// `--config FILE`, shared by the commands that run the pipeline.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: "The pipeline configuration (default: built-in, equal to the shipped pipeline.yaml).")
    var config: String?

    /// The configuration, or exit 2 with the file, line and what was expected, or with what the
    /// pipeline cannot run with (an OCR language that is not installed) when `forPDFs` (commands that read
    /// text, such as `tokenize`, need no OCR).
    func load(forPDFs: Bool = true) throws -> PipelineConfig {
        do {
            let loaded =
                try config.map { path throws(ConfigError) in try ConfigLoader.load(path: path) } ?? PipelineConfig()
            if forPDFs { try DocumentPipeline.validate(loaded) }
            return loaded
        } catch {
            Console.error("configuration error: \(error)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}

/// Messages go to standard error, data to standard output.
enum Console {
    static func error(_ message: String) {
        try? FileHandle.standardError.write(contentsOf: Data("referent: \(message)\n".utf8))
    }

    static func output(_ text: String) {
        // A reader that stops early (`| head`) closes the pipe; that is not the program's failure.
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }
}
