import Foundation
import Testing

@testable import Pipeline

/// Bad input gets a clear, specific error and costs only itself: generated damage (truncated and bit-flipped
/// copies of the fixtures), odd files and names, and the shared corpus of PDFs that break PDF readers.
@Suite(.disabled(if: Nightly.missingExecutable, "the referent executable was not built next to the tests"))
struct HostileCorpusTests {
    /// The shared hostile PDFs (`../shared/data/hostile-pdfs` from the repository), if this machine has them.
    static let sharedCorpus: URL? = {
        let url = Nightly.repository.deletingLastPathComponent().appendingPathComponent("shared/data/hostile-pdfs")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// Truncated and bit-flipped copies of every fixture PDF, made the same way on every run.
    static func makeDamagedCopies(in folder: URL) throws -> [String] {
        var names: [String] = []
        for (index, pdf) in Nightly.fixturePDFs.enumerated() {
            let data = try Data(contentsOf: pdf)
            let stem = "\(index)-" + pdf.deletingPathExtension().lastPathComponent
            let truncated = data.prefix(data.count * (30 + index * 5 % 60) / 100)
            try truncated.write(to: folder.appendingPathComponent("\(stem)-truncated.pdf"))
            var flipped = [UInt8](data)
            // A fixed stride of flips, skipping the header so the file still claims to be a PDF.
            for position in stride(from: 64 + index, to: flipped.count, by: max(97, flipped.count / 40)) {
                flipped[position] ^= 0x5A
            }
            try Data(flipped).write(to: folder.appendingPathComponent("\(stem)-flipped.pdf"))
            names += ["\(stem)-truncated.pdf", "\(stem)-flipped.pdf"]
        }
        return names
    }

    /// A well-formed PDF whose page tree is empty.
    static var zeroPagePDF: Data {
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for object in ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"] {
            offsets.append(text.utf8.count)
            text += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 3\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }

    @Test func aGeneratedHostileCorpusGivesOneClearOutcomePerInput() throws {
        let root = try Nightly.temporaryFolder("hostile")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        var names = try Self.makeDamagedCopies(in: input)
        try Data().write(to: input.appendingPathComponent("empty.pdf"))
        try Data("<html><body>not a pdf</body></html>".utf8).write(to: input.appendingPathComponent("page.pdf"))
        try Nightly.copyFixtures(into: input, names: ["navne med mellemrum æøå.pdf"])
        try Self.zeroPagePDF.write(to: input.appendingPathComponent("no-pages.pdf"))
        try FileManager.default.copyItem(
            at: Nightly.repository.appendingPathComponent("fixtures/pdf/special/encrypted-password.pdf"),
            to: input.appendingPathComponent("locked.pdf"))
        names += ["empty.pdf", "page.pdf", "navne med mellemrum æøå.pdf", "no-pages.pdf", "locked.pdf"]
        let links = input.appendingPathComponent("links")
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: links.appendingPathComponent("loop.pdf").path,
            withDestinationPath: "loop.pdf")
        try FileManager.default.createSymbolicLink(
            atPath: links.appendingPathComponent("up").path,
            withDestinationPath: "..")

        let run = try Nightly.run([
            "convert", input.path, "--out", out.path, "--jobs", "2", "--timeout", "10", "--log-format", "json",
            "--config", try Nightly.configWithoutOCR(in: root),
        ])
        #expect(run.status == 1, "some fail, none takes the batch down: \(run.errors.suffix(2000))")
        let report = try #require(Nightly.lastReport(out))
        let inputs = report.documents.map { ($0.input as NSString).lastPathComponent }
        #expect(inputs.sorted() == (names + ["loop.pdf"]).sorted(), "exactly one outcome per input")
        #expect(Set(report.documents.map(\.status)).isSubset(of: ["converted", "failed"]))
        #expect(report.documents.allSatisfy { ($0.status == "failed") == ($0.error != nil) })
        let byName = report.byName
        #expect(byName["empty.pdf"]?.error?.contains("the file is empty (0 bytes)") == true)
        #expect(byName["page.pdf"]?.error?.contains("not a PDF (no %PDF header)") == true)
        #expect(byName["loop.pdf"]?.error == "a symbolic link loop")
        #expect(byName["no-pages.pdf"]?.error?.contains("the PDF has no pages") == true)
        #expect(byName["locked.pdf"]?.error?.contains("encrypted PDF: it needs a password") == true)
        #expect(byName["navne med mellemrum æøå.pdf"]?.status == "converted")
        #expect(
            !report.documents.contains {
                $0.error?.contains("crashed") == true || $0.error?.contains("timed out") == true
            })
        #expect(Nightly.files(under: out, where: { $0.hasSuffix(".tmp") }).isEmpty)
    }

    @Test(.disabled(if: sharedCorpus == nil, "../shared/data/hostile-pdfs is not on this machine"))
    func theSharedHostilePDFsEachFailOrConvertAlone() throws {
        let corpus = try #require(Self.sharedCorpus)
        let root = try Nightly.temporaryFolder("hostile-shared")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let run = try Nightly.run([
            "convert", corpus.path, "--out", out.path, "--jobs", "2", "--timeout", "3", "--log-format", "json",
            "--config", try Nightly.configWithoutOCR(in: root),
        ])
        #expect(run.status == 1)
        let report = try #require(Nightly.lastReport(out))
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".pdf") }
        #expect(report.documents.count == pdfs.count && report.counts.inputs == pdfs.count)
        #expect(report.counts.converted + report.counts.failed == pdfs.count)
        #expect(report.counts.converted > 0 && report.counts.failed > 0)
        #expect(report.byName["pdfjs__bomb_giant.pdf"]?.status == "failed")
        #expect(report.byName["synthetic__not_a_pdf.pdf"]?.error?.contains("not a PDF") == true)
    }
}
