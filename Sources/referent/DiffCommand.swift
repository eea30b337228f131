import ArgumentParser
import Diff
import Emit
import Foundation
import Pipeline
import Synchronization

/// `referent diff`: what changed in the extraction since the expected outputs were reviewed. The comparison
/// lives in the Diff library; this command finds the files, runs the pipeline in-process and writes updates.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare conversions with reviewed expected outputs, or two outputs with each other.",
        discussion: "referent diff EXPECTED_DIR converts INPUTS/sub/x.pdf for every EXPECTED_DIR/sub/x.json and "
            + "reports what changed; referent diff A.json B.json compares two outputs. Exit 0 when nothing differs, "
            + "1 when something does, 2 on errors (missing PDF, unreadable JSON, configuration).")

    @Argument(help: "EXPECTED_DIR, or two outputs A.json B.json.")
    var paths: [String]

    @Option(name: .long, help: "The folder holding the PDFs (default: the pdf/ folder beside EXPECTED_DIR).")
    var inputs: String?

    @OptionGroup var options: ConfigOptions

    @Flag(name: .long, help: "Rewrite the expected outputs that differ, after reporting what changes; exit 0.")
    var update = false

    @Flag(name: .long, help: "Also take PDFs that have no expected output: reported as new, written by --update.")
    var addMissing = false

    @Option(name: .long, help: "Also ignore this field, e.g. pages[].confidence (repeatable).")
    var ignore: [String] = []

    @Option(name: .long, help: "text, json, junit or html (old and new side by side, words marked).")
    var format: DiffReportFormat = .text

    func validate() throws {
        guard (1...2).contains(paths.count) else { throw ValidationError("give EXPECTED_DIR, or A.json B.json") }
        if paths.count == 2 {
            guard paths.allSatisfy({ $0.lowercased().hasSuffix(".json") }) else {
                throw ValidationError("two arguments must be two .json outputs (A.json B.json)")
            }
            guard !update && !addMissing && inputs == nil && options.config == nil else {
                throw ValidationError("--update, --add-missing, --inputs and --config need EXPECTED_DIR")
            }
        }
    }

    func run() throws {
        let comparison = DocumentComparison(ignoring: Set(ignore))
        let checks: [FixtureCheck]
        if paths.count == 2 {
            checks = [Self.compareFiles(paths[0], paths[1], comparison)]
        } else {
            let fixtures = try FixtureFinder(expected: paths[0], inputs: inputs, addMissing: addMissing).find()
            let pipeline = DocumentPipeline(config: try options.load())
            checks = Self.check(fixtures, pipeline: pipeline, comparison: comparison)
        }
        let results = checks.map(\.diff)
        if format != .text {
            for result in results { if let error = result.error { Console.error("\(result.document): \(error)") } }
        }
        // A reader that stops early (`| head`) closes the pipe; that is not a crash, the report is just cut.
        try? FileHandle.standardOutput.write(contentsOf: Data(report(results).utf8))
        if update { try write(checks) }
        let verdict = DiffVerdict(results, updating: update)
        if verdict != .same { throw ExitCode(verdict.rawValue) }
    }

    private func report(_ results: [DocumentDiff]) -> String {
        switch format {
        case .text:
            let colour = TerminalStyle.wantsColour(
                isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
            return TextReport(style: TerminalStyle(colour: colour)).render(results)
        case .json: return String(decoding: JSONReport.data(results), as: UTF8.self)
        case .junit: return JUnitReport.xml(results)
        case .html: return DiffHTML.page(results, oldName: "expected", newName: "new")
        }
    }

    /// Writes the new output over each expected file that differs (semantically: a file that differs only in
    /// volatile fields is left alone, so a version bump does not rewrite every fixture).
    private func write(_ checks: [FixtureCheck]) throws {
        var written = 0
        for check in checks where check.diff.differs {
            guard let output = check.output, let path = check.expectedPath else { continue }
            do {
                let folder = (path as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try output.write(to: URL(fileURLWithPath: path), options: .atomic)
                written += 1
            } catch {
                Console.error("cannot write \(path): \(error.localizedDescription)")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
        }
        Console.error("updated \(written) expected output\(written == 1 ? "" : "s")")
    }

    /// Converts every fixture, one document per core, and compares it with its expected output.
    static func check(_ fixtures: [Fixture], pipeline: DocumentPipeline, comparison: DocumentComparison)
        -> [FixtureCheck]
    {
        let checks = Mutex([FixtureCheck?](repeating: nil, count: fixtures.count))
        DispatchQueue.concurrentPerform(iterations: fixtures.count) { index in
            let check = check(fixtures[index], pipeline: pipeline, comparison: comparison)
            checks.withLock { $0[index] = check }
        }
        return checks.withLock { $0.compactMap { $0 } }
    }

    private static func check(_ fixture: Fixture, pipeline: DocumentPipeline, comparison: DocumentComparison)
        -> FixtureCheck
    {
        let failed = { (message: String) in
            FixtureCheck(diff: DocumentDiff(document: fixture.name, error: message), expectedPath: nil, output: nil)
        }
        guard let pdfPath = fixture.pdfPath else { return failed("no PDF for \(fixture.expectedPath)") }
        var expected: OutputValue?
        if !fixture.isNew {
            switch readOutput(fixture.expectedPath) {
            case .success(let value): expected = value
            case .failure(let error): return failed(error.description)
            }
        }
        guard let pdf = FileManager.default.contents(atPath: pdfPath) else { return failed("cannot read \(pdfPath)") }
        let output: Data
        let actual: OutputValue
        do {
            // Compared as it would be written: the new output goes through the writer and back.
            output = JSONWriter.data(
                OutputContract.value(of: try pipeline.convert(data: pdf, file: fixture.name).document))
            actual = try JSONTree.parse(output)
        } catch {
            return failed("conversion failed: \(error)")
        }
        let diff =
            expected.map { DocumentDiff(document: fixture.name, changes: comparison.changes(from: $0, to: actual)) }
            ?? DocumentDiff(document: fixture.name, isNew: true)
        return FixtureCheck(diff: diff, expectedPath: fixture.expectedPath, output: output)
    }

    static func compareFiles(_ old: String, _ new: String, _ comparison: DocumentComparison) -> FixtureCheck {
        let name = "\(old) → \(new)"
        let diff: DocumentDiff
        switch (readOutput(old), readOutput(new)) {
        case (.success(let expected), .success(let actual)):
            diff = DocumentDiff(document: name, changes: comparison.changes(from: expected, to: actual))
        case (.failure(let error), _), (_, .failure(let error)):
            diff = DocumentDiff(document: name, error: error.description)
        }
        return FixtureCheck(diff: diff, expectedPath: nil, output: nil)
    }

    private static func readOutput(_ path: String) -> Result<OutputValue, JSONTree.ParseError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(JSONTree.ParseError(description: "cannot read \(path)"))
        }
        return Result { () throws(JSONTree.ParseError) in try JSONTree.parse(data) }
            .mapError { JSONTree.ParseError(description: "\(path): \($0.description)") }
    }
}

enum DiffReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, junit, html
}

/// One document's comparison and what `--update` would write.
struct FixtureCheck: Sendable {
    var diff: DocumentDiff
    var expectedPath: String?
    var output: Data?
}

/// A PDF and the expected output it is checked against.
struct Fixture: Sendable {
    /// The PDF's path under the inputs folder: the report's name for it and the output's `source.file`.
    var name: String
    var expectedPath: String
    /// Nil when the expected output has no PDF.
    var pdfPath: String?
    /// No expected output yet (`--add-missing`).
    var isNew: Bool
}

/// Pairs EXPECTED_DIR/sub/x.json with INPUTS/sub/x.pdf. Problems that stop the whole run (no such folder,
/// nothing to compare) are reported here and exit 2; a single missing PDF fails only its document.
struct FixtureFinder {
    var expected: String
    var inputs: String?
    var addMissing: Bool

    func find() throws -> [Fixture] {
        // With --add-missing, the expected folder may not exist yet: the first --update creates it.
        guard isFolder(expected) || addMissing else { stop("\(expected): no such folder") }
        let sibling = URL(fileURLWithPath: expected).standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent("pdf").path
        guard let inputs = inputs ?? (isFolder(sibling) ? sibling : nil) else {
            stop("no pdf/ folder beside \(expected): give the PDFs' folder with --inputs")
        }
        guard isFolder(inputs) else { stop("\(inputs): no such folder") }
        let files = FileManager.default.enumerator(atPath: expected)?.compactMap { $0 as? String } ?? []
        let expectedFiles = files.filter { path in
            path.lowercased().hasSuffix(".json") && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        var fixtures = expectedFiles.map { relative in
            let base = String(relative.dropLast(".json".count))
            let pdf = ["\(base).pdf", "\(base).PDF"].first { FileManager.default.fileExists(atPath: join(inputs, $0)) }
            return Fixture(
                name: pdf ?? base + ".pdf", expectedPath: join(expected, relative),
                pdfPath: pdf.map { join(inputs, $0) },
                isNew: false)
        }
        if addMissing {
            let known = Set(expectedFiles.map { String($0.dropLast(".json".count)) })
            for document in InputDiscovery.discover([inputs]).documents {
                let base = (document.relativePath as NSString).deletingPathExtension
                guard !known.contains(base) else { continue }
                fixtures.append(
                    Fixture(
                        name: document.relativePath, expectedPath: join(expected, base + ".json"),
                        pdfPath: document.path, isNew: true))
            }
        }
        guard !fixtures.isEmpty else {
            stop("\(expected) holds no expected outputs (*.json); record them with --update --add-missing")
        }
        return fixtures.sorted { $0.name < $1.name }
    }

    private func stop(_ message: String) -> Never {
        Console.error(message)
        Foundation.exit(ExitStatus.usage.rawValue)
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func join(_ folder: String, _ relative: String) -> String {
        (folder as NSString).appendingPathComponent(relative)
    }
}
