import Foundation

/// A CoNLL-U file read as one document: the `# text =` lines joined by single spaces, with the gold token and
/// sentence spans in UTF-8 bytes of that document.
struct TreebankGold {
    let text: String
    let tokens: [Range<Int>]
    let sentences: [Range<Int>]

    /// Where the UD Danish-DDT dev split lives when the project's shared data is checked out beside the package:
    /// `<package>/../shared/data/ud-danish-ddt/`, found from this source file's path.
    static let devPath: String = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // DanishTokenizerTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/data/ud-danish-ddt/da_ddt-ud-dev.conllu").path
    }()

    static var devAvailable: Bool { FileManager.default.fileExists(atPath: devPath) }

    init(contentsOf path: String) throws {
        let conllu = try String(contentsOfFile: path, encoding: .utf8)
        var document: [UInt8] = []
        var tokens: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        var cursor = 0
        for line in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# text = ") {
                if !document.isEmpty { document.append(0x20) }
                sentenceStart = document.count
                document.append(contentsOf: line.dropFirst(9).utf8)
                sentences.append(sentenceStart..<document.count)
                cursor = sentenceStart
            } else if let first = line.first, first.isNumber {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                // Multi-word token ranges ("3-4") and empty nodes ("3.1") are not surface tokens.
                guard columns.count == 10, !columns[0].contains("-"), !columns[0].contains(".") else {
                    continue
                }
                let form = Array(columns[1].utf8)
                if let start = TreebankGold.find(form, in: document, from: cursor) {
                    tokens.append(start..<(start + form.count))
                    cursor = start + form.count
                }
            }
        }
        text = String(decoding: document, as: UTF8.self)
        self.tokens = tokens
        self.sentences = sentences
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count
        else {
            return nil
        }
        for start in from...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}

/// Precision, recall and F1 of predicted spans against gold spans, counting exact matches.
struct SpanScore: CustomStringConvertible {
    let precision: Double
    let recall: Double
    let f1: Double

    init(predicted: [Range<Int>], gold: [Range<Int>]) {
        let goldSet = Set(gold.map { [$0.lowerBound, $0.upperBound] })
        let hits = Double(predicted.filter { goldSet.contains([$0.lowerBound, $0.upperBound]) }.count)
        precision = predicted.isEmpty ? 0 : hits / Double(predicted.count)
        recall = gold.isEmpty ? 0 : hits / Double(gold.count)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    var description: String {
        String(format: "P %.4f R %.4f F1 %.4f", precision, recall, f1)
    }
}
