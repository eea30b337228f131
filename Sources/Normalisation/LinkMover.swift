import DocumentModel

/// Keeps link anchors with their words when a hyphen decision moves a word's tail up a line: the
/// anchor of a broken word ends up whole on the line that now holds the word.
enum LinkMover {
    static func move(
        head: String, tail: String, result: String, from source: inout [LineLink], to target: inout [LineLink]
    ) {
        // An anchor that ended with the head now ends with the whole word.
        for index in target.indices where !head.isEmpty && lastToken(target[index].text) == head {
            target[index].text = replacingLastToken(of: target[index].text, with: result)
        }
        var remaining: [LineLink] = []
        for link in source {
            let anchorStart = firstToken(link.text)
            guard !anchorStart.isEmpty, word(anchorStart) == word(tail) else {
                remaining.append(link)
                continue
            }
            let rest = String(link.text.dropFirst(anchorStart.count).drop { $0 == " " })
            if !rest.isEmpty { remaining.append(LineLink(text: rest, uri: link.uri)) }
            if !target.contains(where: { $0.uri == link.uri && lastToken($0.text) == result }) {
                target.append(LineLink(text: result, uri: link.uri))
            }
        }
        source = remaining
    }

    private static func word(_ token: String) -> String { DocumentVocabulary.word(Substring(token)) }

    private static func firstToken(_ text: String) -> String {
        String(text.firstSpaceToken)
    }

    private static func lastToken(_ text: String) -> String {
        String(text.lastSpaceToken)
    }

    private static func replacingLastToken(of text: String, with token: String) -> String {
        guard let space = text.lastIndex(of: " ") else { return token }
        return String(text[...space]) + token
    }
}
