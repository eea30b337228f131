import Foundation

@testable import Pipeline

/// Helpers for the nightly-job tests: the built `referent` executable, temporary folders, fixture copies
/// and the run report.
enum Nightly {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `referent` executable built next to the test bundle, if there is one.
    static let executable: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        return candidates.map { $0.appendingPathComponent("referent") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }()

    /// Why the CLI tests cannot run here, or nil.
    static var missingExecutable: Bool { executable == nil }

    /// The born-digital fixture PDFs that convert (not the password-protected one, not the scans, whose OCR
    /// takes seconds a page), sorted.
    static let fixturePDFs: [URL] = {
        let root = repository.appendingPathComponent("fixtures/pdf")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects ?? []
        return files.compactMap { $0 as? URL }.filter {
            $0.pathExtension.lowercased() == "pdf" && $0.lastPathComponent != "encrypted-password.pdf"
                && !$0.path.contains("/scan/")
        }.sorted { $0.path < $1.path }
    }()

    /// A fresh temporary folder; the caller removes it.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("referent-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies the small fixture PDFs into `folder` under the given names (cycling through the fixtures).
    static func copyFixtures(into folder: URL, names: [String]) throws {
        let small = fixturePDFs
        for (index, name) in names.enumerated() {
            let target = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: small[index % small.count], to: target)
        }
    }

    /// A configuration file without OCR, for the tests about hostile input: what they test is the batch, and
    /// OCR of a damaged page's image costs seconds.
    static func configWithoutOCR(in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("no-ocr.yaml")
        try Data("ocr:\n  mode: off\n".utf8).write(to: url)
        return url.path
    }

    /// The result of one `referent` run.
    struct Outcome {
        var status: Int32
        var errors: String
    }

    /// Runs `referent` to the end and returns what it printed on standard output.
    static func output(of arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Starts `referent` with `arguments`; standard error goes to a file so a chatty run cannot block on a pipe.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, URL) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("referent-log-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, log)
    }

    /// Runs `referent` to the end.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let (process, log) = try start(arguments, environment: environment)
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: log) }
        return Outcome(status: process.terminationStatus, errors: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    /// The newest run report in `out`.
    static func lastReport(_ out: URL) -> RunReport? {
        RunReport.recent(in: NightlyRun.reportsFolder(out.path), limit: 1).first
    }

    /// Files under `folder` whose name matches, relative paths sorted.
    static func files(under folder: URL, where matches: (String) -> Bool) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return all.filter { matches(($0 as NSString).lastPathComponent) }.sorted()
    }
}

extension RunReport {
    /// Each input's entry by the file name of its input.
    var byName: [String: Entry] {
        Dictionary(documents.map { (($0.input as NSString).lastPathComponent, $0) }, uniquingKeysWith: { $1 })
    }
}
