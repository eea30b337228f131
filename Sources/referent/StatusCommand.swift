import ArgumentParser
import Foundation
import Pipeline

/// `referent status OUT`: what the last runs over an output folder did and which documents fail now.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the last runs over an output folder and the documents that currently fail.")

    @Argument(help: "The output folder of earlier `referent convert` runs.")
    var out: String

    @Option(name: .long, help: "How many runs to show.")
    var runs = 5

    func run() throws {
        let state = NightlyRun.stateFolder(out)
        guard FileManager.default.fileExists(atPath: state) else {
            Console.error("\(out): no runs recorded (no .referent folder)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        var text = "Last runs in \(out) (newest first):\n"
        let reports = RunReport.recent(in: NightlyRun.reportsFolder(out), limit: runs)
        if reports.isEmpty { text += "  none finished\n" }
        for report in reports { text += "  " + Self.line(report) + "\n" }

        let ledgers = ((try? FileManager.default.contentsOfDirectory(atPath: state)) ?? [])
            .filter { NightlyRun.lockName(forLedger: $0) != nil }.sorted()
        var failures: [LedgerEntry] = []
        let reported = Set(reports.map(\.runId))
        for name in ledgers {
            let ledger = try open(state + "/" + name)
            // A ledger's run is under way while its lock is held: the newest unfinished run is that one, any
            // older unfinished run was killed.
            var underway = NightlyRun.lockName(forLedger: name).map { RunLock.isHeld(at: state + "/" + $0) } ?? false
            for run in try ledger.runs(limit: runs) where run.finished == nil && !reported.contains(run.id) {
                let what = underway ? "in progress" : "never finished (killed?)"
                text += "  \(run.id)  started \(run.started.formatted(.iso8601)), \(what)\n"
                underway = false
            }
            failures += try ledger.failures()
        }
        let locks = ((try? FileManager.default.contentsOfDirectory(atPath: state)) ?? []).filter {
            $0.hasPrefix("lock")
        }
        for lock in locks.sorted() where RunLock.isHeld(at: state + "/" + lock) {
            text += "A run is in progress now (\(lock) is held).\n"
        }
        text += failures.isEmpty ? "No documents fail.\n" : "Documents that fail now (\(failures.count)):\n"
        for entry in failures {
            text += "  \(entry.input): \(entry.error ?? "failed") (run \(entry.runId))\n"
        }
        Console.output(text)
    }

    private func open(_ path: String) throws -> Ledger {
        do {
            return try Ledger(path: path)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }

    static func line(_ report: RunReport) -> String {
        let counts = report.counts
        var text = "\(report.runId)  \(report.started.formatted(.iso8601))  \(counts.converted) converted, "
        text += "\(counts.skipped) skipped, \(counts.failed) failed"
        if counts.missing > 0 { text += ", \(counts.missing) disappeared" }
        text += ", \(report.pages) pages, \(String(format: "%.1f", report.seconds)) s"
        if let shard = report.shard { text += ", shard \(shard)" }
        if let signal = report.stoppedBy { text += " (stopped by \(signal))" }
        return text
    }
}
