import Testing

@testable import DanishTokenizer

/// Token boundaries: each case lists the token texts, separated by " | ".
let boundaryCases: [(String, String)] = [
    ("2. halvår af 2020", "2. | halvår | af | 2020"),
    ("bl.a. en handleplan", "bl.a. | en | handleplan"),
    ("kl. 15.05 – 15.25", "kl. | 15.05 | – | 15.25"),
    ("2.998.252 kr.", "2.998.252 | kr."),
    ("1,5 mio. kr.", "1,5 | mio. | kr."),
    ("Se https://rn.dk/-/media/x.ashx?la=da.", "Se | https://rn.dk/-/media/x.ashx?la=da | ."),
    ("Skriv til navn@kommune.dk, tak", "Skriv | til | navn@kommune.dk | , | tak"),
    ("Sagsnr. 2019-065072-9", "Sagsnr. | 2019-065072-9"),
    ("v/ Mads", "v/ | Mads"),
    ("v/Mads", "v/ | Mads"),
    ("”Det er godt”, sagde hun", "” | Det | er | godt | ” | , | sagde | hun"),
    ("«Nej» og „ja“", "« | Nej | » | og | „ | ja | “"),
    ("• Punkt et\n\u{F0B7} Punkt to", "• | Punkt | et | \u{F0B7} | Punkt | to"),
    ("Børne- og Ungepsykiatri", "Børne- | og | Ungepsykiatri"),
    ("Kultur-, Fritid- og Sundhedsudvalget", "Kultur- | , | Fritid- | og | Sundhedsudvalget"),
    ("15-17-årige", "15-17-årige"),
    ("PLO-Nordjylland og IT-teknisk", "PLO-Nordjylland | og | IT-teknisk"),
    ("app’en og TEBA's", "app’en | og | TEBA's"),
    ("16. november", "16. | november"),
    ("1. udkast", "1. | udkast"),
    ("16.01.2020", "16.01.2020"),
    ("19/12-15", "19/12-15"),
    ("6. marts 2022", "6. | marts | 2022"),
    ("Onsdag den 24.maj 2023", "Onsdag | den | 24. | maj | 2023"),
    ("kl. 15.05", "kl. | 15.05"),
    ("15:00", "15:00"),
    ("kl.13.00 til kl.15.00", "kl. | 13.00 | til | kl. | 15.00"),
    ("kl. 13.00-15.00", "kl. | 13.00 | - | 15.00"),
    (
        "f.eks. jf. mv. m.fl. evt. ca. nr. pkt. vedr. mhp. pba. ift. dvs. osv.",
        "f.eks. | jf. | mv. | m.fl. | evt. | ca. | nr. | pkt. | vedr. | mhp. | pba. | ift. | dvs. | osv."
    ),
    ("H. C. Andersen", "H. | C. | Andersen"),
    ("Det koster 20 kr. stk..", "Det | koster | 20 | kr. | stk. | ."),
    ("Han sagde...", "Han | sagde | ..."),
    ("ka' du sgu'", "ka' | du | sgu'"),
    ("(Lørdag aften)", "( | Lørdag | aften | )"),
    ("50% af 1.000", "50 | % | af | 1.000"),
    ("Det var i 1985. Så kom", "Det | var | i | 1985 | . | Så | kom"),
    ("- Hvad er det?", "- | Hvad | er | det | ?"),
    ("børn/voksne og 1/2-3/4", "børn/voksne | og | 1/2-3/4"),
    ("tv- og radio-udstyr", "tv- | og | radio-udstyr"),
    ("slut.Næste", "slut | . | Næste"),
    ("et maks.-benstræk", "et | maks.-benstræk"),
    ("l og t. Drivhuset", "l | og | t | . | Drivhuset"),
    ("bl. a. kameraer", "bl. | a. | kameraer"),
    (
        "1. Tager orienteringen til efterretning.",
        "1. | Tager | orienteringen | til | efterretning | ."
    ),
]

/// Token kinds: input, token text, expected kind.
let kindCases: [(String, String, TokenKind)] = [
    ("2. halvår af 2020", "2.", .ordinal),
    ("2. halvår af 2020", "2020", .number),
    ("16. november", "16.", .ordinal),
    ("1. udkast", "1.", .ordinal),
    ("2. Behandling", "2.", .ordinal),
    ("2.998.252 kr.", "2.998.252", .number),
    ("2.998.252 kr.", "kr.", .abbreviation),
    ("1,5 mio. kr.", "1,5", .number),
    ("16.01.2020", "16.01.2020", .date),
    ("19/12-15", "19/12-15", .date),
    ("14-02-2024", "14-02-2024", .date),
    ("kl. 15.05 – 15.25", "15.05", .time),
    ("kl. 15.05 – 15.25", "15.25", .time),
    ("kl. 15.05 – 15.25", "–", .punctuation),
    ("15:00", "15:00", .time),
    ("kl. 9", "9", .time),
    ("https://rn.dk/-/media/x.ashx?la=da", "https://rn.dk/-/media/x.ashx?la=da", .url),
    ("www.rn.dk", "www.rn.dk", .url),
    ("navn@kommune.dk", "navn@kommune.dk", .email),
    ("Sagsnr. 2019-065072-9", "2019-065072-9", .caseNumber),
    ("Sagsnr. 2019-065072", "2019-065072", .caseNumber),
    ("Sagsnr. 2019-065072", "Sagsnr.", .abbreviation),
    ("v/ Mads", "v/", .abbreviation),
    ("H. C. Andersen", "H.", .abbreviation),
    ("”Ja”", "”", .punctuation),
    ("• Punkt", "•", .bullet),
    ("\u{F0B7} Punkt", "\u{F0B7}", .bullet),
    ("Børne- og Ungepsykiatri", "Børne-", .word),
    ("15-17-årige", "15-17-årige", .word),
    ("app’en", "app’en", .word),
    ("1. Tager orienteringen til efterretning.", "1.", .listMarker),
    ("50%", "%", .symbol),
    ("6. jan. 2020", "jan.", .abbreviation),
]

@Test("token boundaries", arguments: boundaryCases)
func tokenBoundaries(input: String, expected: String) {
    let tokens = DanishTokenizer().tokenize(input)
    #expect(tokens.map(\.text).joined(separator: " | ") == expected, "\(input)")
}

@Test("token kinds", arguments: kindCases)
func tokenKinds(input: String, text: String, kind: TokenKind) {
    let tokens = DanishTokenizer().tokenize(input)
    let token = tokens.first { $0.text == text }
    #expect(token?.kind == kind, "\(input): \(text) in \(tokens.map { "\($0.text)/\($0.kind)" })")
}

@Test func offsetsAreUTF8BytesAndRoundTrip() {
    let text = "Børne- og “Unge” 15.05 – 15.25"
    let tokens = DanishTokenizer().tokenize(text)
    for token in tokens {
        #expect(String(text[token.stringRange(in: text)]) == token.text)
        #expect(Array(Array(text.utf8)[token.range]) == Array(token.text.utf8))
    }
    #expect(tokens[0].range == 0..<7)
    #expect(tokens[0].spaceAfter)
    #expect(tokens.last?.spaceAfter == false)
}

@Test func emptyAndWhitespaceInputs() {
    let tokenizer = DanishTokenizer()
    #expect(tokenizer.tokenize("").isEmpty)
    #expect(tokenizer.tokenize(" \n\t\u{A0}").isEmpty)
    #expect(tokenizer.analyse("").sentences.isEmpty)
}
