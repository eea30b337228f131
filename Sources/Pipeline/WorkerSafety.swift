import Foundation

/// Why a worker could not set itself up.
public struct WorkerSafetyError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// What a worker process does at start so that one hostile PDF cannot take the machine or outlive its batch.
public enum WorkerSafety {
    /// Caps the worker's address space (`RLIMIT_AS`): a decompression bomb then fails an allocation, and the
    /// worker dies as "out of memory" instead of pushing the machine into swap. 0 leaves it unlimited.
    public static func limitMemory(megabytes: Int) throws(WorkerSafetyError) {
        guard megabytes > 0 else { return }
        let bytes = rlim_t(megabytes) * 1024 * 1024
        var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
        guard setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0 else {
            throw WorkerSafetyError(description: "cannot limit memory: \(String(cString: strerror(errno)))")
        }
    }

    /// The parent decides when a worker stops (it closes the worker's input): a Ctrl-C that reaches the whole
    /// process group or a SIGTERM must not kill the document in flight, which the parent may let finish.
    public static func ignoreStopSignals() {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
    }

    /// Exits when the parent dies (SIGKILL gives it no chance to clean up), so that a worker stuck in a
    /// hostile PDF does not run on as an orphan. Linux reparents an orphan, which changes `getppid()`.
    public static func exitWithParent() {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { sleep(1) }
            _exit(70)
        }
    }
}
