import Foundation

/// One `referent worker` child process and its two pipes, driven one request at a time.
final class WorkerProcess: @unchecked Sendable {
    enum Outcome {
        case answered(WorkerResponse)
        case timedOut
        case died(String)
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()

    init(command: [String], environment: [String: String], quiet: Bool) throws {
        if quiet { process.standardError = FileHandle.nullDevice }
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// Sends one request and waits for its answer line, at most `timeout` seconds.
    func exchange(_ request: WorkerRequest, timeout: Double) -> Outcome {
        guard let line = try? JSONEncoder().encode(request) else { return .died("could not encode the request") }
        do {
            try input.fileHandleForWriting.write(contentsOf: line + Data("\n".utf8))
        } catch {
            return .died(exitDescription())
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let answer = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                guard let response = try? JSONDecoder().decode(WorkerResponse.self, from: answer) else { continue }
                return .answered(response)
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return .timedOut }
            var descriptor = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining, 1) * 1000))
            if ready < 0 && errno != EINTR { return .died(exitDescription()) }
            guard ready > 0 else { continue }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return .died(exitDescription()) }
            buffer.append(chunk)
        }
    }

    /// Closes the worker's input so it exits after its current document.
    func finish() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func exitDescription() -> String {
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            return "crashed (signal \(process.terminationStatus))"
        }
        return "the worker exited with status \(process.terminationStatus)"
    }
}
