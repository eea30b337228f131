import Testing

@testable import DanishTokenizer

/// Sentence segmentation: each case lists the sentence texts, separated by " || ".
let sentenceCases: [(String, String)] = [
    ("Vi har bl.a. en handleplan. Den er god.", "Vi har bl.a. en handleplan. || Den er god."),
    (
        "Mødet starter kl. 15.05 og slutter kl. 15.25. Alle deltog.",
        "Mødet starter kl. 15.05 og slutter kl. 15.25. || Alle deltog."
    ),
    (
        "Mødet er den 16. november. Næste møde i 2. halvår.",
        "Mødet er den 16. november. || Næste møde i 2. halvår."
    ),
    (
        "1. Tager orienteringen til efterretning.\n2. Godkender budgettet.",
        "1. Tager orienteringen til efterretning. || 2. Godkender budgettet."
    ),
    (
        "Beslutning\nUdvalget godkendte indstillingen.",
        "Beslutning || Udvalget godkendte indstillingen."
    ),
    ("Første afsnit\n\nandet afsnit", "Første afsnit || andet afsnit"),
    ("Teksten fortsætter\npå næste linje.", "Teksten fortsætter\npå næste linje."),
    ("Det koster 2.998.252 kr. Beløbet er betalt.", "Det koster 2.998.252 kr. || Beløbet er betalt."),
    ("Vi så f.eks. Rostock-myten.", "Vi så f.eks. Rostock-myten."),
    ("\"Se lige frem.\" Han gik.", "\"Se lige frem.\" || Han gik."),
    ("Er det rigtigt? fortsatte han.", "Er det rigtigt? fortsatte han."),
    ("Han kom. - Nu går vi.", "Han kom. || - Nu går vi."),
    ("Dagsorden:\n• Budget\n• Eventuelt", "Dagsorden: || • Budget || • Eventuelt"),
    ("H. C. Andersen er verdensberømt.", "H. C. Andersen er verdensberømt."),
    ("Det skete 2. - Jeg ved det ikke.", "Det skete 2. || - Jeg ved det ikke."),
    ("Hvad nu? 2. - Jeg ved det.", "Hvad nu? || 2. - Jeg ved det."),
]

@Test("sentences", arguments: sentenceCases)
func sentenceSegmentation(input: String, expected: String) {
    let tokenizer = DanishTokenizer()
    let (_, sentences) = tokenizer.analyse(input)
    let texts = sentences.map { String(input[$0.stringRange(in: input)]) }
    #expect(texts.joined(separator: " || ") == expected, "\(input)")
}

@Test func sentencesCoverEveryTokenInOrder() {
    let text = "Punkt 1\nGodkendt. Punkt 2 blev udsat, jf. bilag. Slut"
    let (tokens, sentences) = DanishTokenizer().analyse(text)
    var next = 0
    for sentence in sentences {
        #expect(sentence.tokens.lowerBound == next)
        #expect(!sentence.tokens.isEmpty)
        next = sentence.tokens.upperBound
    }
    #expect(next == tokens.count)
}
