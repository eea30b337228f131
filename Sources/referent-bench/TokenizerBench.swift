import DanishTokenizer
import Foundation

/// Tokenizer throughput: tokens/s and sentences/s of `DanishTokenizer.analyse` on one core.
///
/// Arguments: [FILE] [--repeat N] [--iterations K]
///   FILE  a plain text file, or a .conllu file whose "# text =" lines are joined by single spaces;
///         default: the UD Danish-DDT dev split in ../shared/data beside the package.
///   --repeat N      repeat the text N times, joined by a space (default 50)
///   --iterations K  timed runs after one warm-up; the fastest counts (default 5)
func runTokenizerBench(_ arguments: [String]) {
    var path: String?
    var repeatCount = 50
    var iterations = 5
    var arguments = arguments[...]
    while let argument = arguments.popFirst() {
        switch argument {
        case "--repeat": repeatCount = number(after: argument, &arguments)
        case "--iterations": iterations = number(after: argument, &arguments)
        default: path = argument
        }
    }

    let defaultPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(
            "shared/data/ud-danish-ddt/da_ddt-ud-dev.conllu"
        ).path
    let inputPath = path ?? defaultPath
    guard let raw = try? String(contentsOfFile: inputPath, encoding: .utf8) else {
        fail("cannot read \(inputPath)")
    }

    // The benchmark text: a CoNLL-U file's sentences joined by spaces, or the file as it is.
    let unit: String
    if inputPath.hasSuffix(".conllu") {
        let sentences = raw.split(separator: "\n").filter { $0.hasPrefix("# text = ") }.map {
            $0.dropFirst(9)
        }
        unit = sentences.joined(separator: " ")
    } else {
        unit = raw
    }
    let text = Array(repeating: unit, count: max(1, repeatCount)).joined(separator: " ")

    let tokenizer = DanishTokenizer()
    var result = tokenizer.analyse(text)  // warm-up, and loads the lexicon
    var best = Double.infinity
    let clock = ContinuousClock()
    for _ in 0..<max(1, iterations) {
        best = min(best, clock.measure { result = tokenizer.analyse(text) }.seconds)
    }

    print("input: \(inputPath) x\(repeatCount)")
    print("bytes: \(text.utf8.count)")
    print("tokens: \(result.tokens.count)")
    print("sentences: \(result.sentences.count)")
    print(String(format: "seconds: %.4f", best))
    print(String(format: "tokens/s: %.0f", Double(result.tokens.count) / best))
    print(String(format: "sentences/s: %.0f", Double(result.sentences.count) / best))
    print(String(format: "MB/s: %.1f", Double(text.utf8.count) / best / 1e6))
}
