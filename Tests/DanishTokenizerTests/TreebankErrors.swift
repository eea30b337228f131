@testable import DanishTokenizer

/// Lists the token and sentence spans that differ from the gold, with context, for tuning the rules by hand.
struct TreebankErrors {
    let text: String
    let gold: TreebankGold
    let tokens: [Token]
    let sentences: [Sentence]

    func report() -> String {
        let bytes = Array(text.utf8)
        func show(_ range: Range<Int>) -> String {
            let lower = max(0, range.lowerBound - 30)
            let upper = min(bytes.count, range.upperBound + 30)
            let before = String(decoding: bytes[lower..<range.lowerBound], as: UTF8.self)
            let inside = String(decoding: bytes[range], as: UTF8.self)
            let after = String(decoding: bytes[range.upperBound..<upper], as: UTF8.self)
            return "\(before)[\(inside)]\(after)"
        }
        var out = ""
        let goldTokens = Set(gold.tokens.map { [$0.lowerBound, $0.upperBound] })
        let ourTokens = Set(tokens.map { [$0.range.lowerBound, $0.range.upperBound] })
        for token in tokens
        where !goldTokens.contains([token.range.lowerBound, token.range.upperBound]) {
            out += "TOKEN ours \(token.kind): \(show(token.range))\n"
        }
        for range in gold.tokens where !ourTokens.contains([range.lowerBound, range.upperBound]) {
            out += "TOKEN gold: \(show(range))\n"
        }
        let goldEnds = Set(gold.sentences.map(\.upperBound))
        let ourEnds = Set(sentences.map(\.range.upperBound))
        for end in ourEnds.subtracting(goldEnds).sorted() {
            out += "SENT extra end: \(show(end..<end))\n"
        }
        for end in goldEnds.subtracting(ourEnds).sorted() {
            out += "SENT missed end: \(show(end..<end))\n"
        }
        return out
    }
}
