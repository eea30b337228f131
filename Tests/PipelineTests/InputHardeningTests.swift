import Foundation
import Testing

@testable import Pipeline

/// Discovery does not loop on symbolic links and stays fast on big folders; the skip path handles them.
@Suite struct InputHardeningTests {
    @Test func symbolicLinkCyclesAreNotFollowedAndLinkedFilesAreFound() throws {
        let root = try Nightly.temporaryFolder("links")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = FileManager.default
        try files.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try Data("%PDF".utf8).write(to: root.appendingPathComponent("a/b/x.pdf"))
        try files.createSymbolicLink(atPath: root.appendingPathComponent("a/b/up").path, withDestinationPath: "../..")
        try files.createSymbolicLink(
            atPath: root.appendingPathComponent("a/self.pdf").path, withDestinationPath: "self.pdf")
        try files.createSymbolicLink(
            atPath: root.appendingPathComponent("a/gone.pdf").path, withDestinationPath: "nowhere")
        try files.createSymbolicLink(
            atPath: root.appendingPathComponent("a/alias.pdf").path, withDestinationPath: "b/x.pdf")
        let (documents, problems) = InputDiscovery.discover([root.path + "/"])
        #expect(documents.map(\.relativePath) == ["a/alias.pdf", "a/b/x.pdf"])
        #expect(documents.first?.path == root.path + "/a/alias.pdf")
        #expect(problems.map(\.message).sorted() == ["a broken symbolic link", "a symbolic link loop"])
    }

    @Test func tenThousandFilesAreDiscoveredAndSkipped() throws {
        let root = try Nightly.temporaryFolder("tenthousand")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        for folder in 0..<10 {
            let url = root.appendingPathComponent("in/år \(folder)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for index in 0..<1000 {
                _ = FileManager.default.createFile(
                    atPath: url.appendingPathComponent("referat \(index).pdf").path, contents: nil)
            }
        }
        // How fast this is belongs to `make bench` (the rerun over 1,000 PDFs), not to a timed test.
        let (documents, problems) = InputDiscovery.discover([root.appendingPathComponent("in").path])
        #expect(documents.count == 10_000 && problems.isEmpty)

        let ledger = try Ledger(path: NightlyRun.ledgerPath(out.path, shard: nil))
        try ledger.record(
            documents.map { document in
                let stamp = FileStamp.of(document.path)!
                return LedgerEntry(
                    relativePath: document.relativePath, input: document.path, size: stamp.size,
                    mtimeNanoseconds: stamp.mtimeNanoseconds, sha256: nil, configHash: "c", version: "v",
                    status: "converted", error: nil, pages: 1, seconds: 0, timings: "{}", runId: "r", updatedAt: Date())
            })
        let plan = IncrementalPlan(
            documents: documents, entries: try ledger.entries(), configHash: "c", version: "v", force: false,
            outputsExist: { _ in true })
        #expect(plan.skip.count == 10_000 && plan.convert.isEmpty)
    }

    @Test(.disabled(if: getuid() == 0, "root reads a chmod 000 file anyway"))
    func anUnreadableFileFailsWithAClearReason() throws {
        let root = try Nightly.temporaryFolder("unreadable")
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("locked.pdf")
        try Data("%PDF-1.4".utf8).write(to: url)
        chmod(url.path, 0)
        let runner = BatchRunner(
            pipeline: DocumentPipeline(config: PipelineConfig()), outputFolder: root.path, formats: [.json],
            validator: nil)
        let result = runner.convert(InputDocument(path: url.path, relativePath: "locked.pdf"))
        #expect(result.status == .failed && result.error?.contains("cannot read the file") == true)
    }
}
