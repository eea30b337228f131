import Foundation

/// Why a run could not take the output folder's lock.
public struct RunLockError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable { case held, cannotOpen }

    public var reason: Reason
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// One run at a time per output folder: an exclusive `flock` on `OUT/.referent/lock`, taken without
/// waiting. The kernel drops the lock when the holder dies (SIGKILL included), so a dead run never blocks
/// the next night's. The descriptor is close-on-exec so worker processes do not inherit (and keep) it.
public final class RunLock: Sendable {
    public let path: String
    private let descriptor: Int32

    /// Takes the lock or throws `.held` naming the process that holds it.
    public init(path: String) throws(RunLockError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RunLockError(reason: .cannotOpen, path: path, message: "cannot open the lock file: \(Self.errnoText)")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.holder(descriptor)
            close(descriptor)
            throw RunLockError(
                reason: .held, path: path,
                message: "another referent run is using this output folder\(holder.map { " (pid \($0))" } ?? "")")
        }
        // The holder's pid, for the message a second run prints; advisory only, the flock is the lock.
        _ = ftruncate(descriptor, 0)
        let pid = Data("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Whether some process holds the lock at `path` now (for `referent status`).
    public static func isHeld(at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return true }
        flock(descriptor, LOCK_UN)
        return false
    }

    private static func holder(_ descriptor: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static var errnoText: String { String(cString: strerror(errno)) }
}
