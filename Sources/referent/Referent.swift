import ArgumentParser
import Foundation

/// The `referent` command line. Exit codes are a contract (README, "Exit codes"):
/// 0 all converted or skipped, 1 some documents failed or the run was stopped, 2 usage or configuration error,
/// 3 another run holds the output folder's lock.
@main
struct Referent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referent",
        abstract: "Turns Danish meeting-minutes PDFs into structured JSON and XML.",
        version: ReferentCLIVersion.string,
        subcommands: [
            ConvertCommand.self, DiffCommand.self, ExtractCommand.self, InspectCommand.self, TokenizeCommand.self,
            WorkerCommand.self, StatusCommand.self, ReviewCommand.self,
        ])

    /// Parses and runs, mapping every usage error to exit code 2 (ArgumentParser's default is 64).
    static func main() {
        // A worker that dies leaves a closed pipe; writing to it must fail the write, not the batch.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            if let exit = error as? ExitCode {
                Foundation.exit(exit.rawValue)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue)
        }
    }
}

/// Referent's documented exit codes.
enum ExitStatus: Int32 {
    case success = 0
    case someFailed = 1
    case usage = 2
    case locked = 3
}
