/// The text formats of ``renderTokens(of:format:tokenizer:)``.
public enum TokenOutputFormat: String, Sendable, CaseIterable {
    /// One token per line, a blank line after each sentence.
    case lines
    /// `{"sentences":[{"start","end","text","tokens":[{"text","kind","start","end"}]}]}`, offsets in UTF-8 bytes.
    case json
    /// Minimal CoNLL-U: `# sent_id`, `# text`, then `ID FORM _ _ _ _ _ _ _ MISC` with `SpaceAfter=No` where due.
    case conllu
}

/// Tokenizes and segments `text` and renders the result in `format`.
public func renderTokens(of text: String, format: TokenOutputFormat, tokenizer: DanishTokenizer)
    -> String
{
    let (tokens, sentences) = tokenizer.analyse(text)
    var out = ""
    out.reserveCapacity(text.utf8.count * 2)
    switch format {
    case .lines:
        for sentence in sentences {
            for token in tokens[sentence.tokens] {
                out += token.text
                out += "\n"
            }
            out += "\n"
        }
    case .json:
        out += "{\"sentences\":["
        for (n, sentence) in sentences.enumerated() {
            if n > 0 { out += "," }
            let sentenceText = String(text[sentence.stringRange(in: text)])
            out +=
                "{\"start\":\(sentence.range.lowerBound),\"end\":\(sentence.range.upperBound),\"text\":"
            out += jsonString(sentenceText) + ",\"tokens\":["
            for (m, token) in tokens[sentence.tokens].enumerated() {
                if m > 0 { out += "," }
                out += "{\"text\":" + jsonString(token.text) + ",\"kind\":\"\(token.kind.rawValue)\""
                out += ",\"start\":\(token.range.lowerBound),\"end\":\(token.range.upperBound)}"
            }
            out += "]}"
        }
        out += "]}\n"
    case .conllu:
        for (n, sentence) in sentences.enumerated() {
            let line = text[sentence.stringRange(in: text)].split(whereSeparator: \.isNewline).joined(
                separator: " ")
            out += "# sent_id = \(n + 1)\n# text = \(line)\n"
            for (m, index) in sentence.tokens.enumerated() {
                let token = tokens[index]
                let noSpace = !token.spaceAfter && index + 1 < sentence.tokens.upperBound
                out += "\(m + 1)\t\(token.text)\t_\t_\t_\t_\t_\t_\t_\t\(noSpace ? "SpaceAfter=No" : "_")\n"
            }
            out += "\n"
        }
    }
    return out
}

/// `s` as a JSON string literal.
func jsonString(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
