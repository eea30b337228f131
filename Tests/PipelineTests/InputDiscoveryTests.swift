import Foundation
import Testing

@testable import Pipeline

@Suite struct InputDiscoveryTests {
    @Test func findsPDFsRecursivelyInAnyCaseAndSkipsTheRest() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "referent-discovery-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["a.pdf", "sub/B.PDF", "sub/deeper/c d æø.pdf", "notes.txt", "sub/e.pdf.bak"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let (documents, problems) = InputDiscovery.discover([
            root.path, root.appendingPathComponent("missing.pdf").path,
        ])
        #expect(documents.map(\.relativePath) == ["a.pdf", "sub/B.PDF", "sub/deeper/c d æø.pdf"])
        #expect(problems.map(\.message) == ["no such file or folder"])
    }
}
