import Foundation
import Logging
import Synchronization

/// Tells the operator how the batch goes: on a terminal one line redrawn in place (documents done/total,
/// pages per second, ETA), otherwise one structured log line per document, which a log collector can parse.
public final class BatchProgress: Sendable {
    private struct State {
        var done = 0
        var failed = 0
        var pages = 0
        var lastDraw: ContinuousClock.Instant?
        var drawn = false
    }

    private let total: Int
    private let terminal: Bool
    private let logger: Logger
    private let start = ContinuousClock.now
    private let state = Mutex(State())
    /// Redraw at most this often, so a fast batch does not spend its time on the terminal.
    private static let redrawInterval = Duration.milliseconds(100)

    /// `terminal`: draw a bar (standard error is a terminal) rather than log lines.
    public init(total: Int, terminal: Bool, logger: Logger) {
        self.total = total
        self.terminal = terminal
        self.logger = logger
    }

    /// Whether standard error is a terminal.
    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Counts one finished document; a failure is shown (above the bar on a terminal) at once.
    public func finished(_ result: DocumentResult) {
        state.withLock { state in
            state.done += 1
            state.pages += result.pages
            if result.status != .converted { state.failed += 1 }
            if terminal {
                if let error = result.error, result.status == .failed { write("\r\u{1B}[Kfailed: \(error)\n") }
                let now = ContinuousClock.now
                if state.done == total || state.lastDraw.map({ now - $0 >= Self.redrawInterval }) ?? true {
                    write("\r\u{1B}[K" + line(state))
                    state.lastDraw = now
                    state.drawn = true
                }
            } else {
                var metadata: Logger.Metadata = [
                    "input": "\(result.input)", "pages": .stringConvertible(result.pages),
                    "seconds": .stringConvertible((result.seconds * 1000).rounded() / 1000),
                    "done": "\(state.done)/\(total)",
                ]
                if let error = result.error { metadata["error"] = "\(error)" }
                let level: Logger.Level = result.status == .converted ? .info : .error
                logger.log(level: level, "\(result.status.rawValue)", metadata: metadata)
            }
        }
    }

    /// Clears the bar so the summary line starts on a clean line.
    public func close() {
        state.withLock { state in
            if terminal && state.drawn { write("\r\u{1B}[K") }
        }
    }

    private func line(_ state: State) -> String {
        let elapsed = (ContinuousClock.now - start).seconds
        let width = 24
        let filled = total == 0 ? width : width * state.done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = elapsed > 0 ? Double(state.pages) / elapsed : 0
        var text = "referent: \(bar) \(state.done)/\(total) · \(String(format: "%.1f", rate)) pages/s"
        if state.done > 0 && state.done < total {
            text += " · ETA \(Self.clock(elapsed / Double(state.done) * Double(total - state.done)))"
        }
        if state.failed > 0 { text += " · \(state.failed) failed" }
        return text
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// 75 → "1m15s".
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? "\(whole / 3600)h\(whole % 3600 / 60)m" : whole >= 60 ? "\(whole / 60)m\(whole % 60)s" : "\(whole)s"
    }
}
