import Foundation
import Testing

@testable import Pipeline

@Suite struct LedgerTests {
    private func entry(_ path: String, _ stamp: FileStamp, sha: String?, config: String = "c") -> LedgerEntry {
        LedgerEntry(
            relativePath: (path as NSString).lastPathComponent, input: path, size: stamp.size,
            mtimeNanoseconds: stamp.mtimeNanoseconds, sha256: sha, configHash: config, version: "0.1.0",
            status: "converted", error: nil, pages: 1, seconds: 0.1, timings: "{}", runId: "r1", updatedAt: Date())
    }

    @Test func recordsReadsRestampsAndForgets() throws {
        let folder = try Nightly.temporaryFolder("ledger")
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = try Ledger(path: folder.appendingPathComponent(".referent/ledger.sqlite").path)
        let stamp = FileStamp(size: 10, mtimeNanoseconds: 1_700_000_000_123_456_789)
        try ledger.record(entry("in/a.pdf", stamp, sha: "aa"))
        var failed = entry("in/b.pdf", stamp, sha: nil)
        failed.status = "failed"
        failed.error = "b.pdf: crashed (signal 11)"
        try ledger.record(failed)
        #expect(try ledger.entries()["a.pdf"]?.mtimeNanoseconds == 1_700_000_000_123_456_789)
        #expect(try ledger.failures().map(\.relativePath) == ["b.pdf"])
        try ledger.restamp([("a.pdf", FileStamp(size: 10, mtimeNanoseconds: 5))])
        #expect(try ledger.entries()["a.pdf"]?.mtimeNanoseconds == 5)
        try ledger.remove(["a.pdf", "b.pdf"])
        #expect(try ledger.entries().isEmpty)
    }

    @Test func planSkipsUnchangedHashesOnlyWhenTheStampMovedAndRedoesTheRest() throws {
        let folder = try Nightly.temporaryFolder("plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        var documents: [InputDocument] = []
        for name in ["same.pdf", "touched.pdf", "edited.pdf", "newconfig.pdf", "new.pdf"] {
            let url = folder.appendingPathComponent(name)
            try Data("%PDF-1.4 \(name)".utf8).write(to: url)
            documents.append(InputDocument(path: url.path, relativePath: name))
        }
        var entries: [String: LedgerEntry] = [:]
        for document in documents.dropLast() {
            let hash = IncrementalPlan.hash(document.path)
            let config = document.relativePath == "newconfig.pdf" ? "old" : "c"
            entries[document.relativePath] = entry(
                document.path, FileStamp.of(document.path)!, sha: hash, config: config)
        }
        entries["gone.pdf"] = entry("in/gone.pdf", FileStamp(size: 1, mtimeNanoseconds: 1), sha: "x")
        let later = Date().addingTimeInterval(60)
        try FileManager.default.setAttributes(
            [.modificationDate: later], ofItemAtPath: folder.appendingPathComponent("touched.pdf").path)
        try Data("%PDF-1.4 edited!".utf8).write(to: folder.appendingPathComponent("edited.pdf"))
        try FileManager.default.setAttributes(
            [.modificationDate: later], ofItemAtPath: folder.appendingPathComponent("edited.pdf").path)

        let plan = IncrementalPlan(
            documents: documents, entries: entries, configHash: "c", version: "0.1.0", force: false,
            outputsExist: { _ in true })
        #expect(plan.skip.map(\.document.relativePath) == ["same.pdf", "touched.pdf"])
        #expect(plan.restamp.map(\.relativePath) == ["touched.pdf"])
        #expect(plan.convert.map(\.relativePath) == ["edited.pdf", "newconfig.pdf", "new.pdf"])
        #expect(plan.missing.map(\.relativePath) == ["gone.pdf"])

        let noOutputs = IncrementalPlan(
            documents: documents, entries: entries, configHash: "c", version: "0.1.0", force: false,
            outputsExist: { $0 != "same.pdf" })
        #expect(noOutputs.convert.first?.relativePath == "same.pdf")
        let forced = IncrementalPlan(
            documents: documents, entries: entries, configHash: "c", version: "0.1.0", force: true,
            outputsExist: { _ in true })
        #expect(forced.convert.count == documents.count && forced.skip.isEmpty)
    }

    @Test func theBiggestFilesAreConvertedFirstAndEqualSizesKeepTheirOrder() throws {
        let folder = try Nightly.temporaryFolder("largest-first")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sizes = ["a.pdf": 10, "b.pdf": 300, "c.pdf": 20, "d.pdf": 300, "e.pdf": 5]
        let documents = try sizes.keys.sorted().map { name in
            let url = folder.appendingPathComponent(name)
            try Data(repeating: 0x25, count: sizes[name]!).write(to: url)
            return InputDocument(path: url.path, relativePath: name)
        }
        let plan = IncrementalPlan(
            documents: documents, entries: [:], configHash: "c", force: false, outputsExist: { _ in true })
        #expect(plan.convert.map(\.relativePath) == ["a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf"])
        #expect(plan.largestFirst.map(\.relativePath) == ["b.pdf", "d.pdf", "c.pdf", "a.pdf", "e.pdf"])
    }

    @Test func theConfigHashIsStableAndSeesWhatChangesOutputs() {
        var config = PipelineConfig()
        let base = ConfigFingerprint.hash(of: config)
        #expect(ConfigFingerprint.hash(of: PipelineConfig()) == base)
        config.jobs = 7
        config.batch.timeoutSeconds = 5
        #expect(ConfigFingerprint.hash(of: config) == base, "jobs and batch do not change outputs")
        config.output.formats = [.xml, .json]
        #expect(ConfigFingerprint.hash(of: config) == base, "a set's order is not a change")
        config.output.formats = [.json]
        #expect(ConfigFingerprint.hash(of: config) != base)
        var other = PipelineConfig()
        other.normalisation.paragraphGapFactor = 0.7
        #expect(ConfigFingerprint.hash(of: other) != base)
        #expect(ConfigFingerprint.canonicalDescription(of: config).contains("formats=[json]"))
    }

    @Test func aSecondLockOnTheSameFolderIsRefusedUntilTheFirstIsGone() throws {
        let folder = try Nightly.temporaryFolder("lock")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(".referent/lock").path
        var first: RunLock? = try RunLock(path: path)
        #expect(RunLock.isHeld(at: path))
        #expect {
            try RunLock(path: path)
        } throws: { error in
            (error as? RunLockError)?.reason == .held && "\(error)".contains("pid \(getpid())")
        }
        withExtendedLifetime(first) {}
        first = nil
        #expect(!RunLock.isHeld(at: path))
        _ = try RunLock(path: path)
    }
}
