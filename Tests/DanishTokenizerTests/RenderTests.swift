import Foundation
import Testing

@testable import DanishTokenizer

@Test func linesFormatHasOneTokenPerLineAndBlankLineAfterSentences() {
    let out = renderTokens(of: "Det er godt. Ja!", format: .lines, tokenizer: DanishTokenizer())
    #expect(out == "Det\ner\ngodt\n.\n\nJa\n!\n\n")
}

@Test func jsonFormatIsValidJSONWithOffsets() throws {
    let text = "Mødet \"starter\" kl. 15.05.\nSlut"
    let out = renderTokens(of: text, format: .json, tokenizer: DanishTokenizer())
    let object = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
    let sentences = try #require(object?["sentences"] as? [[String: Any]])
    #expect(sentences.count == 2)
    let tokens = try #require(sentences.first?["tokens"] as? [[String: Any]])
    #expect(
        tokens.map { $0["text"] as? String } == ["Mødet", "\"", "starter", "\"", "kl.", "15.05", "."])
    #expect(tokens[5]["kind"] as? String == "time")
    #expect(tokens[0]["start"] as? Int == 0)
    #expect(tokens[0]["end"] as? Int == 6)
}

@Test func conlluFormatMarksSpaceAfterNo() {
    let out = renderTokens(of: "Ja, tak.", format: .conllu, tokenizer: DanishTokenizer())
    let expected = """
        # sent_id = 1
        # text = Ja, tak.
        1\tJa\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
        2\t,\t_\t_\t_\t_\t_\t_\t_\t_
        3\ttak\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
        4\t.\t_\t_\t_\t_\t_\t_\t_\t_


        """
    #expect(out == expected)
}

@Test func everyFormatHasAName() {
    #expect(TokenOutputFormat.allCases.map(\.rawValue) == ["lines", "json", "conllu"])
    #expect(TokenKind(rawValue: "caseNumber") == .caseNumber)
}
