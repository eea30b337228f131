import Foundation
import Normalisation

/// One `referent worker` child process and its pipes, driven one request at a time. Its standard error is
/// kept (the last few kilobytes) so that a crash can be told apart from running out of memory.
final class WorkerProcess: @unchecked Sendable {
    enum Outcome {
        case answered(WorkerResponse)
        case timedOut
        case abandoned
        case died(String, signal: Int32?)
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let forwardErrors: Bool
    private var buffer = Data()
    private var errorTail = Data()
    /// How much of the worker's standard error is kept for the diagnosis of a crash.
    private static let errorTailBytes = 8192

    init(command: [String], environment: [String: String], quiet: Bool) throws {
        forwardErrors = !quiet
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Sends one request and waits for its answer line, at most `timeout` seconds, or until `control` says
    /// to abandon the documents in flight. The worker's lookups on the way are answered from `lexicon`.
    func exchange(_ request: WorkerRequest, timeout: Double, control: BatchControl?, lexicon: (any Lexicon)?)
        -> Outcome
    {
        guard let line = try? JSONEncoder().encode(request) else {
            return .died("could not encode the request", signal: nil)
        }
        errorTail.removeAll()
        guard write(line) else { return died() }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                guard let message = try? JSONDecoder().decode(WorkerMessage.self, from: line) else { continue }
                if let word = message.lookup {
                    guard answer(LookupAnswer(known: lexicon?.isWord(word) ?? false)) else { return died() }
                    continue
                }
                if let response = message.response { return .answered(response) }
                continue
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return .timedOut }
            if control?.shouldAbandon == true { return .abandoned }
            // Short polls so a stop request or a deadline is noticed within a fifth of a second.
            var descriptors = [
                pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: errors.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 2, Int32(min(remaining, 0.2) * 1000))
            if ready < 0 && errno != EINTR { return died() }
            guard ready > 0 else { continue }
            if descriptors[1].revents != 0 { drainErrors() }
            if descriptors[0].revents != 0 {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { return died() }
                buffer.append(chunk)
            }
        }
    }

    /// Writes a lookup's answer line; false when the worker's input is closed (it died).
    private func answer(_ lookup: LookupAnswer) -> Bool {
        guard let line = try? JSONEncoder().encode(lookup) else { return false }
        return write(line)
    }

    /// Writes one line to the worker's input; false when it is closed (the worker died).
    private func write(_ line: Data) -> Bool {
        do {
            try input.fileHandleForWriting.write(contentsOf: line + Data("\n".utf8))
            return true
        } catch {
            return false
        }
    }

    /// Closes the worker's input so it exits after its current document.
    func finish() {
        try? input.fileHandleForWriting.close()
        waitForExit()
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        waitForExit()
    }

    /// Foundation's `waitUntilExit` polls its run loop every 50 ms, which made every batch wait ~50 ms for
    /// workers that had already exited; `isRunning` turns false as soon as Foundation reaps the child.
    private func waitForExit() {
        while process.isRunning { usleep(500) }
    }

    private func drainErrors() {
        let chunk = errors.fileHandleForReading.availableData
        guard !chunk.isEmpty else { return }
        if forwardErrors { FileHandle.standardError.write(chunk) }
        errorTail.append(chunk)
        if errorTail.count > Self.errorTailBytes { errorTail = Data(errorTail.suffix(Self.errorTailBytes)) }
    }

    private func died() -> Outcome {
        waitForExit()
        drainErrors()
        guard process.terminationReason == .uncaughtSignal else {
            return .died("the worker exited with status \(process.terminationStatus)", signal: nil)
        }
        let signal = process.terminationStatus
        let text = String(decoding: errorTail, as: UTF8.self).lowercased()
        let allocationFailed = Self.allocationFailures.contains { text.contains($0) }
        return .died(
            allocationFailed ? "out of memory (signal \(signal))" : "crashed (signal \(signal))", signal: signal)
    }

    /// What glib, the C++ runtime and the Swift runtime print when an allocation fails.
    private static let allocationFailures = [
        "failed to allocate", "std::bad_alloc", "could not allocate memory", "out of memory", "cannot allocate memory",
    ]
}
