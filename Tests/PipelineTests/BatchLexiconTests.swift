import Foundation
import Normalisation
import Synchronization
import Testing

@testable import Extraction
@testable import Pipeline

/// Workers ask the batch's dictionary instead of loading one each: the verdicts a worker uses are the ones
/// the batch gives, and a batch with the dictionary converts as a process that loads it itself.
@Suite(.disabled(if: Nightly.missingExecutable, "the referent executable was not built next to the tests"))
struct BatchLexiconTests {
    /// Body text set in capitals with a word broken at a line end: only a dictionary can tell that
    /// "KOMMUNAL-|BESTYRELSEN" is one word broken, not an abbreviation compound.
    static let pdf = PopplerGlobals.minimalPDF(objects: [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            + "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        stream([
            ("F2", "Referat af udvalgets moede"), ("F1", "Dato: 4. marts 2024"), ("F1", ""),
            ("F2", "1. Orientering"), ("F1", "SAGEN BLEV DROFTET I KOMMUNAL-"),
            ("F1", "BESTYRELSEN PAA DET SIDSTE MODE"),
            ("F1", "OG SENDT VIDERE TIL UDVALGET."), ("F1", ""), ("F2", "2. Eventuelt"), ("F1", "Intet."),
        ]),
    ])

    /// A page stream with one line per (font, text), 16 points apart.
    static func stream(_ lines: [(font: String, text: String)]) -> String {
        var content = "BT 16 TL 72 780 Td"
        for line in lines { content += " /\(line.font) 11 Tf (\(line.text)) '" }
        content += " ET"
        return "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
    }

    @Test func aWorkerDecidesWithTheBatchsVerdicts() throws {
        let root = try Nightly.temporaryFolder("batch-lexicon")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("caps.pdf")
        try Data(Self.pdf).write(to: input)
        let config = try Nightly.configWithoutOCR(in: root)

        for known in [true, false] {
            let out = root.appendingPathComponent("out-\(known)")
            let lexicon = RecordingLexicon(known: known)
            let worker = try WorkerProcess(
                command: [
                    Nightly.executable!.path, "worker", "--out", out.path, "--format", "json", "--config", config,
                    WorkerPool.batchLexiconFlag,
                ], environment: [:], quiet: true)
            defer { worker.finish() }
            let answer = worker.exchange(
                WorkerRequest(path: input.path, relativePath: "caps.pdf"), timeout: 60, control: nil,
                lexicon: lexicon)
            guard case .answered(let response) = answer else {
                Issue.record("the worker gave no answer: \(answer)")
                return
            }
            #expect(response.status == "converted", "\(response.error ?? "")")
            #expect(lexicon.asked.contains("KOMMUNALBESTYRELSEN"), "\(lexicon.asked)")
            let json = try String(contentsOf: out.appendingPathComponent("caps.json"), encoding: .utf8)
            let expected = known ? "KOMMUNALBESTYRELSEN PAA" : "KOMMUNAL-BESTYRELSEN PAA"
            #expect(json.contains(expected), "known: \(known)")
        }
    }

    @Test func aBatchWithTheDictionaryConvertsAsOneProcessThatLoadsIt() throws {
        let root = try Nightly.temporaryFolder("batch-lexicon-cli")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(Self.pdf).write(to: input.appendingPathComponent("caps.pdf"))
        let workers = root.appendingPathComponent("workers.yaml")
        try Data("ocr:\n  mode: off\n".utf8).write(to: workers)
        let threads = root.appendingPathComponent("threads.yaml")
        try Data("ocr:\n  mode: off\nbatch:\n  isolate: false\n".utf8).write(to: threads)

        var outputs: [String] = []
        for config in [workers, threads] {
            let out = root.appendingPathComponent("out-" + config.deletingPathExtension().lastPathComponent)
            let run = try Nightly.run(["convert", input.path, "--out", out.path, "--config", config.path])
            #expect(run.status == 0, "\(run.errors)")
            let json = try String(contentsOf: out.appendingPathComponent("caps.json"), encoding: .utf8)
            outputs.append(json.split(separator: "\n").filter { !$0.contains("\"generated\"") }.joined())
        }
        #expect(outputs[0].contains("KOMMUNALBESTYRELSEN PAA"))
        #expect(outputs[0] == outputs[1])
    }

    @Test func aWorkerThatMeetsNoScanNeverMapsTesseract() throws {
        let root = try Nightly.temporaryFolder("lazy-tesseract")
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("caps.pdf")
        try Data(Self.pdf).write(to: input)
        let worker = try WorkerProcess(
            command: [Nightly.executable!.path, "worker", "--out", root.path, "--format", "json"], environment: [:],
            quiet: true)
        defer { worker.finish() }
        let answer = worker.exchange(
            WorkerRequest(path: input.path, relativePath: "caps.pdf"), timeout: 60, control: nil, lexicon: nil)
        guard case .answered(let response) = answer else {
            Issue.record("the worker gave no answer: \(answer)")
            return
        }
        #expect(response.status == "converted")
        // /proc files report no size: read to the end rather than by the file's length.
        let file = try #require(FileHandle(forReadingAtPath: "/proc/\(worker.processIdentifier)/maps"))
        let maps = String(decoding: file.readDataToEndOfFile(), as: UTF8.self)
        #expect(maps.contains("libpoppler"), "the worker has read a PDF")
        #expect(!maps.contains("libtesseract") && !maps.contains("liblept"))
    }

    @Test func theWorkersLexiconAsksOncePerWordAndForgetsNoAnswer() {
        let questions = Mutex<[String]>([])
        let lexicon = CachingLexicon { word in
            questions.withLock { $0.append(word) }
            return word == "silent" ? nil : word.hasPrefix("k")
        }
        #expect(lexicon.isWord("kommune") && lexicon.isWord("kommune"))
        #expect(!lexicon.isWord("byrød") && !lexicon.isWord("byrød"))
        #expect(!lexicon.isWord("silent") && !lexicon.isWord("silent"))
        #expect(!lexicon.isWord(""))
        #expect(questions.withLock { $0 } == ["kommune", "byrød", "silent", "silent"])
    }
}

/// Answers every word alike and remembers what it was asked.
private final class RecordingLexicon: Lexicon, Sendable {
    let known: Bool
    private let questions = Mutex<[String]>([])

    init(known: Bool) { self.known = known }

    var asked: [String] { questions.withLock { $0 } }

    func isWord(_ word: String) -> Bool {
        questions.withLock { $0.append(word) }
        return known
    }
}
