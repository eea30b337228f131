import DocumentModel
import Foundation

/// Writes outputs so that a reader never sees half a file: into a temporary file in the same folder,
/// then renamed over the target (rename is atomic within a file system).
///
/// Writing does not wait for the disk. With `batch.durable`, the batch flushes a document's outputs
/// (`makeDurable`) on its recording thread before the ledger records the document as converted, so the
/// worker that wrote them goes on with the next document meanwhile. Without it, the kernel writes them
/// back in its own time; a power cut before then leaves empty files, which the next run converts again.
enum OutputWriter {
    static func write(_ data: Data, to path: String, file: String) throws(ReferentError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(UUID().uuidString).tmp"
        func failure(_ reason: String) -> ReferentError {
            ReferentError(.outputFailed, file: file, message: "cannot write \(path): \(reason)")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw failure(error.localizedDescription)
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { buffer in writeAll(buffer, to: descriptor) }
        let closed = close(descriptor) == 0
        guard written, closed, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw failure(reason)
        }
    }

    /// Flushes the files at `paths` and the folders that name them to the disk, so that a power cut after
    /// this returns loses none of them.
    static func makeDurable(_ paths: [String]) {
        let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent })
        for path in paths + folders.sorted() {
            let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Writes every byte, resuming after short writes and interrupted calls.
    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }
}

extension OutputWriter {
    /// Removes the temporary files (`.NAME.UUID.tmp`) a killed run left under `folder`, for the outputs
    /// `belongs` accepts (by output path relative to `folder`; another shard's may be in flight). Safe only
    /// under the run lock. Returns how many were removed.
    static func removeStrayTemporaries(under folder: String, belongs: (String) -> Bool = { _ in true }) -> Int {
        var removed = 0
        DirectoryWalker.walk(folder) { entry in
            guard case .file(let relative) = entry, let output = outputPath(ofTemporary: relative),
                !relative.hasPrefix(".referent/"), belongs(output)
            else { return }
            if unlink(folder + "/" + relative) == 0 { removed += 1 }
        }
        return removed
    }

    /// `sub/.x.json.UUID.tmp` → `sub/x.json`; nil for any other name.
    static func outputPath(ofTemporary relative: String) -> String? {
        let name = (relative as NSString).lastPathComponent
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, let uuid = parts.last, UUID(uuidString: String(uuid)) != nil else { return nil }
        let output = parts.dropLast().joined(separator: ".")
        let folder = (relative as NSString).deletingLastPathComponent
        return folder.isEmpty ? output : folder + "/" + output
    }
}
