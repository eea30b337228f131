import Foundation
import Testing

@testable import Pipeline

/// The batch survives a worker that crashes or hangs, and a run killed at any moment (SIGKILL included)
/// leaves only whole outputs and a ledger from which the next run finishes the job.
@Suite(.disabled(if: Nightly.missingExecutable, "the referent executable was not built next to the tests"))
struct WorkerIsolationTests {
    @Test func aCrashAndAHangFailExactlyTheirDocumentsAndTheNextRunRetriesThem() throws {
        let root = try Nightly.temporaryFolder("faults")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        let out = root.appendingPathComponent("out")
        try Nightly.copyFixtures(into: input, names: ["a.pdf", "b-crash.pdf", "c-hang.pdf", "d.pdf"])
        let faults = ["REFERENT_FAULT": "crash:b-crash.pdf,hang:c-hang.pdf"]
        let first = try Nightly.run(
            ["convert", input.path, "--out", out.path, "--jobs", "2", "--timeout", "5", "--log-format", "json"],
            environment: faults)
        #expect(first.status == 1, "\(first.errors)")
        let report = try #require(Nightly.lastReport(out))
        let byName = report.byName
        #expect(byName["a.pdf"]?.status == "converted" && byName["d.pdf"]?.status == "converted")
        #expect(byName["b-crash.pdf"]?.status == "failed")
        #expect(byName["b-crash.pdf"]?.error?.hasSuffix("crashed (signal 11)") == true)
        #expect(byName["c-hang.pdf"]?.error?.hasSuffix("timed out after 5 s") == true)
        #expect(report.counts.converted == 2 && report.counts.failed == 2 && report.documents.count == 4)
        let logLines = first.errors.split(separator: "\n").filter { $0.hasPrefix("{") }
        #expect(logLines.count >= 5, "one JSON log line per document and the plan")
        #expect(logLines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
        let status = try Nightly.output(of: ["status", out.path])
        #expect(status.contains("Documents that fail now (2)") && status.contains("crashed (signal 11)"), "\(status)")

        let second = try Nightly.run(["convert", input.path, "--out", out.path, "--log-format", "text"])
        #expect(second.status == 0, "\(second.errors)")
        let rerun = try #require(Nightly.lastReport(out))
        #expect(rerun.byName["b-crash.pdf"]?.status == "converted" && rerun.byName["c-hang.pdf"]?.status == "converted")
        #expect(rerun.counts.skipped == 2)
    }

    @Test func aRunKilledWithSIGKILLMidwayIsFinishedByTheNextRun() throws {
        let root = try Nightly.temporaryFolder("sigkill")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        let out = root.appendingPathComponent("out")
        let names = (0..<10).map { "doc-\($0).pdf" } + ["zz-hang.pdf"]
        try Nightly.copyFixtures(into: input, names: names)
        let (process, log) = try Nightly.start(
            ["convert", input.path, "--out", out.path, "--jobs", "2", "--timeout", "60", "--log-format", "json"],
            environment: ["REFERENT_FAULT": "hang:zz-hang.pdf"])
        defer { try? FileManager.default.removeItem(at: log) }
        let deadline = Date().addingTimeInterval(30)
        while Nightly.files(under: out, where: { $0.hasSuffix(".json") }).count < 3 && Date() < deadline {
            usleep(20_000)
        }
        let during = try Nightly.output(of: ["status", out.path])
        #expect(during.contains(", in progress") && during.contains("is held"), "\(during)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let after = try Nightly.output(of: ["status", out.path])
        #expect(after.contains("never finished (killed?)") && !after.contains("in progress"), "\(after)")
        let before = Nightly.files(under: out, where: { $0.hasSuffix(".json") }).count
        #expect(before >= 3 && before < names.count)

        // A temporary file as a kill during a write leaves it: the next run removes it.
        let stray = out.appendingPathComponent(".doc-0.json.\(UUID().uuidString).tmp")
        try Data("{\"half".utf8).write(to: stray)
        let rerun = try Nightly.run(["convert", input.path, "--out", out.path, "--log-format", "json"])
        #expect(rerun.status == 0, "\(rerun.errors)")
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        let report = try #require(Nightly.lastReport(out))
        #expect(report.documents.count == names.count)
        #expect(report.counts.converted + report.counts.skipped == names.count)
        #expect(report.counts.converted >= names.count - before, "everything not finished is converted")
        #expect(Nightly.files(under: out, where: { $0.hasSuffix(".tmp") }).isEmpty)
        for json in Nightly.files(under: out, where: { $0.hasSuffix(".json") }) where !json.hasPrefix(".referent") {
            let data = try Data(contentsOf: out.appendingPathComponent(json))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(json) parses")
            let xml = try String(
                contentsOf: out.appendingPathComponent(json.replacingOccurrences(of: ".json", with: ".xml")),
                encoding: .utf8)
            #expect(xml.hasPrefix("<?xml") && xml.hasSuffix("</document>\n"), "\(json): whole XML")
        }
    }

    @Test func sigtermStopsCleanlyAndWritesTheReport() throws {
        let root = try Nightly.temporaryFolder("sigterm")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        let out = root.appendingPathComponent("out")
        try Nightly.copyFixtures(into: input, names: ["a-hang.pdf", "b.pdf", "c.pdf", "d.pdf"])
        let (process, log) = try Nightly.start(
            ["convert", input.path, "--out", out.path, "--jobs", "1", "--grace", "1", "--log-format", "json"],
            environment: ["REFERENT_FAULT": "hang:a-hang.pdf"])
        defer { try? FileManager.default.removeItem(at: log) }
        usleep(1_000_000)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let errors = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(errors)")
        let report = try #require(Nightly.lastReport(out))
        #expect(report.stoppedBy == "SIGTERM")
        #expect(report.documents.count == 4 && report.counts.converted == 0)
        #expect(report.byName["b.pdf"]?.error?.contains("the run was stopped") == true)
        let ledger = try Ledger(path: NightlyRun.ledgerPath(out.path, shard: nil))
        #expect(try ledger.entries().isEmpty, "an abandoned document is not recorded")
    }
}
