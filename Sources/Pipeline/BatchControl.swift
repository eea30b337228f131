import Foundation
import Synchronization

/// Stops a batch cleanly. The first request (SIGINT or SIGTERM) starts no new documents and gives the
/// ones in flight `graceSeconds` to finish; after that, or on a second request, they are abandoned (their
/// workers killed) and, as never recorded, converted again by the next run.
public final class BatchControl: Sendable {
    private struct State {
        var stopRequested = false
        var abandonAt: ContinuousClock.Instant?
        var reason: String?
    }

    public let graceSeconds: Double
    private let state = Mutex(State())
    /// Kept alive for the process's life; written once, by `installSignalHandlers`, before any signal.
    private nonisolated(unsafe) var sources: [DispatchSourceSignal] = []
    private let onStop: @Sendable (String, Bool) -> Void

    /// `onStop(signal name, abandoning)` is told of each request, for the operator.
    public init(graceSeconds: Double = 10, onStop: @escaping @Sendable (String, Bool) -> Void = { _, _ in }) {
        self.graceSeconds = graceSeconds
        self.onStop = onStop
    }

    /// Whether a stop was requested: take no new documents.
    public var isStopping: Bool { state.withLock { $0.stopRequested } }

    /// What stopped the run ("SIGTERM"), if anything did.
    public var stopReason: String? { state.withLock { $0.reason } }

    /// Whether documents in flight should now be abandoned.
    public var shouldAbandon: Bool {
        state.withLock { state in state.abandonAt.map { ContinuousClock.now >= $0 } ?? false }
    }

    /// Requests a stop; a second request abandons the documents in flight at once.
    public func requestStop(reason: String) {
        let abandoning = state.withLock { state -> Bool in
            let again = state.stopRequested
            state.stopRequested = true
            state.reason = state.reason ?? reason
            state.abandonAt = again ? .now : .now + .milliseconds(Int(graceSeconds * 1000))
            return again
        }
        onStop(reason, abandoning)
    }

    /// Turns SIGINT and SIGTERM into stop requests for the rest of the process's life.
    public func installSignalHandlers() {
        let installed = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")].map { number, name in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.requestStop(reason: name) }
            source.resume()
            return source
        }
        sources += installed
    }
}
