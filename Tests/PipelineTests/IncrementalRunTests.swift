import Foundation
import Testing

@testable import Pipeline

/// A nightly rerun does only the new work, reports what disappeared, and refuses to share its folder.
@Suite(.disabled(if: Nightly.missingExecutable, "the referent executable was not built next to the tests"))
struct IncrementalRunTests {
    @Test func rerunSkipsTheUnchangedAndReconvertsExactlyTheChangedFile() throws {
        let root = try Nightly.temporaryFolder("incremental")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        let out = root.appendingPathComponent("out")
        try Nightly.copyFixtures(into: input, names: ["a.pdf", "sub/b.pdf", "sub/møde æøå 1.pdf", "gone.pdf"])
        let arguments = ["convert", input.path, "--out", out.path, "--log-format", "json"]
        #expect(try Nightly.run(arguments).status == 0)
        #expect(Nightly.lastReport(out)?.counts.converted == 4)

        #expect(try Nightly.run(arguments).status == 0)
        let unchanged = try #require(Nightly.lastReport(out))
        #expect(unchanged.counts.skipped == 4 && unchanged.counts.converted == 0)
        #expect(unchanged.documents.allSatisfy { $0.status == "skipped" && $0.error == nil })

        // A touch is not a change: hashed, found equal, skipped.
        let touched = input.appendingPathComponent("a.pdf").path
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(90)], ofItemAtPath: touched)
        // New content under an old name is: exactly that file is converted again.
        let changed = input.appendingPathComponent("sub/b.pdf")
        try FileManager.default.removeItem(at: changed)
        try FileManager.default.copyItem(at: Nightly.fixturePDFs.last!, to: changed)
        try FileManager.default.removeItem(at: input.appendingPathComponent("gone.pdf"))
        #expect(try Nightly.run(arguments).status == 0)
        let rerun = try #require(Nightly.lastReport(out))
        #expect(rerun.documents.filter { $0.status == "converted" }.map(\.input) == [changed.path])
        #expect(rerun.counts.skipped == 2 && rerun.missing == ["gone.pdf"] && rerun.counts.pruned == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("gone.json").path))

        #expect(try Nightly.run(arguments + ["--prune"]).status == 0)
        #expect(Nightly.lastReport(out)?.counts.pruned == 1)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("gone.json").path))

        #expect(try Nightly.run(arguments + ["--force"]).status == 0)
        #expect(Nightly.lastReport(out)?.counts.converted == 3)
    }

    /// What a power cut leaves of a file written just before it (delayed allocation): a name and no bytes.
    @Test func anEmptiedOutputIsConvertedAgain() throws {
        let root = try Nightly.temporaryFolder("emptied")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        let out = root.appendingPathComponent("out")
        try Nightly.copyFixtures(into: input, names: ["a.pdf", "b.pdf"])
        // Durable runs flush before they record; the check for emptied outputs guards the runs that do not.
        let config = root.appendingPathComponent("durable.yaml")
        try Data("batch:\n  durable: true\n".utf8).write(to: config)
        let arguments = ["convert", input.path, "--out", out.path, "--log-format", "json"]
        #expect(try Nightly.run(arguments + ["--config", config.path]).status == 0)
        #expect(Nightly.lastReport(out)?.counts.converted == 2)
        try FileManager.default.removeItem(at: out)
        #expect(try Nightly.run(arguments).status == 0)
        let emptied = out.appendingPathComponent("b.xml")
        #expect(try Data(contentsOf: emptied).count > 0)
        try Data().write(to: emptied)
        #expect(try Nightly.run(arguments).status == 0)
        let rerun = try #require(Nightly.lastReport(out))
        #expect(
            rerun.documents.filter { $0.status == "converted" }.map(\.input) == [
                input.appendingPathComponent("b.pdf").path
            ])
        #expect(try Data(contentsOf: emptied).count > 0)
    }

    @Test func aHeldLockMakesASecondRunExit3() throws {
        let root = try Nightly.temporaryFolder("locked")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        let out = root.appendingPathComponent("out")
        try Nightly.copyFixtures(into: input, names: ["a.pdf"])
        let lock = try RunLock(path: NightlyRun.lockPath(out.path, shard: nil))
        let second = try Nightly.run(["convert", input.path, "--out", out.path])
        #expect(second.status == 3)
        #expect(second.errors.contains("another referent run is using this output folder"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("a.json").path))
        withExtendedLifetime(lock) {}
    }

    @Test func shardsSplitTheInputAndStatusShowsTheRuns() throws {
        let root = try Nightly.temporaryFolder("shards")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        let out = root.appendingPathComponent("out")
        let names = (0..<6).map { "doc-\($0).pdf" }
        try Nightly.copyFixtures(into: input, names: names)
        var converted: [String] = []
        for index in 0..<2 {
            let run = try Nightly.run([
                "convert", input.path, "--out", out.path, "--shard", "\(index)/2", "--log-format", "json",
            ])
            #expect(run.status == 0, "\(run.errors)")
            let report = try #require(Nightly.lastReport(out))
            #expect(report.shard == "\(index)/2")
            converted += report.documents.map(\.input)
        }
        #expect(converted.sorted() == names.map { input.appendingPathComponent($0).path }.sorted())
        #expect(try Nightly.run(["convert", input.path, "--out", out.path, "--shard", "2/2"]).status == 2)
    }
}
