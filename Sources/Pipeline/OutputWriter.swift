import DocumentModel
import Foundation

/// Writes outputs so that a reader never sees half a file: into a temporary file in the same folder,
/// then renamed over the target (rename is atomic within a file system).
enum OutputWriter {
    static func write(_ data: Data, to path: String, file: String) throws(ReferentError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw ReferentError(.outputFailed, file: file, message: "cannot write \(path): \(reason)")
            }
        } catch let error as ReferentError {
            throw error
        } catch {
            throw ReferentError(
                .outputFailed, file: file, message: "cannot write \(path): \(error.localizedDescription)")
        }
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
