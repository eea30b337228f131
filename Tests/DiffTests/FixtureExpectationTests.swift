import Diff
import Emit
import Foundation
import Pipeline
import Testing

/// The project's own fixtures through the same comparison as `referent diff`: every reviewed output under
/// `fixtures/expected/` must still be what the pipeline makes of `fixtures/pdf/<same path>.pdf`.
@Suite struct FixtureExpectationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures")
    static let pipeline = DocumentPipeline(config: PipelineConfig())

    /// The expected outputs' paths under `fixtures/expected`; empty when the folder is absent.
    static func expectedOutputs(under folder: URL = fixtures.appendingPathComponent("expected")) -> [String] {
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Converts the PDF that belongs to an expected output and compares the two, as `referent diff` does.
    static func check(_ expected: String, expectedFolder: URL, pdfFolder: URL) throws -> DocumentDiff {
        let pdf = String(expected.dropLast(".json".count)) + ".pdf"
        let old = try JSONTree.parse(Data(contentsOf: expectedFolder.appendingPathComponent(expected)))
        let document = try pipeline.convert(data: Data(contentsOf: pdfFolder.appendingPathComponent(pdf)), file: pdf)
        let new = try JSONTree.parse(JSONWriter.data(OutputContract.value(of: document.document)))
        return DocumentDiff(document: pdf, changes: DocumentComparison().changes(from: old, to: new))
    }

    @Test(
        .enabled(
            if: !expectedOutputs().isEmpty,
            Comment(
                rawValue: "fixtures/expected is absent or empty: record and review it with "
                    + "`referent diff fixtures/expected --inputs fixtures/pdf --update --add-missing`")),
        arguments: expectedOutputs())
    func conversionMatchesTheReviewedOutput(expected: String) throws {
        let diff = try Self.check(
            expected, expectedFolder: Self.fixtures.appendingPathComponent("expected"),
            pdfFolder: Self.fixtures.appendingPathComponent("pdf"))
        #expect(diff.changes.isEmpty, "\(TextReport().render(diff))")
    }

    /// The check itself, on an expected output recorded here and then edited by one word.
    @Test func aChangedWordInARecordedOutputIsFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("referent-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdfFolder = Self.fixtures.appendingPathComponent("pdf")
        let name = "region/chefforum-sundhedsklynge-midt"
        let pdf = try Data(contentsOf: pdfFolder.appendingPathComponent(name + ".pdf"))
        let recorded = JSONWriter.data(
            OutputContract.value(of: try Self.pipeline.convert(data: pdf, file: name + ".pdf").document))
        let path = folder.appendingPathComponent(name + ".json")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try recorded.write(to: path)
        #expect(try Self.check(name + ".json", expectedFolder: folder, pdfFolder: pdfFolder).changes.isEmpty)

        let edited = String(decoding: recorded, as: UTF8.self).replacingOccurrences(
            of: "handleplanens fire", with: "handlingsplanens fire")
        try Data(edited.utf8).write(to: path)
        let diff = try Self.check(name + ".json", expectedFolder: folder, pdfFolder: pdfFolder)
        let report = TextReport().render(diff)
        #expect(report.contains(#"items[2] 3. "Handleplan for Sundhedsklynge Midt""#), "\(report)")
        #expect(report.contains("[-handlingsplanens-]{+handleplanens+}"), "\(report)")
    }
}
