import ArgumentParser
import DanishTokenizer
import Foundation

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Tokenise Danish text from standard input.",
        discussion: "lines: one token per line, a blank line after each sentence; json: sentences with tokens "
            + "{text, kind, start, end} (UTF-8 byte offsets); conllu: CoNLL-U with SpaceAfter=No.")

    @Option(name: .long, help: "lines, json or conllu.")
    var format: TokenOutputFormat = .lines

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let config = try options.load(forPDFs: false)
        let lexicon = DanishLexicon.standard.extended(
            abbreviations: config.tokenizer.abbreviations, ordinalNouns: config.tokenizer.ordinalNouns)
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        Console.output(renderTokens(of: input, format: format, tokenizer: DanishTokenizer(lexicon: lexicon)))
    }
}

extension TokenOutputFormat: ExpressibleByArgument {}
