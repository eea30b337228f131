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
