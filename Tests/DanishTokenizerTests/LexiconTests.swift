import Testing

@testable import DanishTokenizer

@Test func standardLexiconLoadsTheResourceFiles() {
    let lexicon = DanishLexicon.standard
    for abbreviation in [
        "bl.a.", "f.eks.", "jf.", "mv.", "m.fl.", "evt.", "ca.", "mio.", "kr.", "nr.", "pkt.",
    ] {
        #expect(lexicon.isAbbreviation(abbreviation), "\(abbreviation)")
    }
    for abbreviation in ["vedr.", "mhp.", "pba.", "ift.", "dvs.", "osv.", "v/", "BL.A."] {
        #expect(lexicon.isAbbreviation(abbreviation), "\(abbreviation)")
    }
    #expect(!lexicon.isAbbreviation("og."))
    #expect(lexicon.monthNumber("marts") == 3)
    #expect(lexicon.monthNumber("Sept.") == 9)
    #expect(lexicon.monthNumber("DEC") == 12)
    #expect(lexicon.monthNumber("mandag") == nil)
    #expect(lexicon.weekdayNumber("Onsdag") == 3)
    #expect(lexicon.isOrdinalNoun("halvår"))
    #expect(lexicon.isSentenceFinalAbbreviation("osv."))
}

@Test func extendedLexiconAddsCallerWords() {
    let base = DanishLexicon.standard
    let lexicon = base.extended(abbreviations: ["Udv."], ordinalNouns: ["Høring"])
    #expect(lexicon.isAbbreviation("udv."))
    #expect(!base.isAbbreviation("udv."))
    #expect(lexicon.isOrdinalNoun("høring"))
    let tokens = DanishTokenizer(lexicon: lexicon).tokenize("Sendt til udv. i 2. Høring")
    #expect(tokens.map(\.text) == ["Sendt", "til", "udv.", "i", "2.", "Høring"])
    #expect(tokens[4].kind == .ordinal)
    let withMonths = base.extended(
        months: ["marts.": 3, "xyz": 13], sentenceFinalAbbreviations: ["udv."])
    #expect(withMonths.monthNumber("xyz") == nil)
    #expect(withMonths.isSentenceFinalAbbreviation("udv.") && withMonths.isAbbreviation("udv."))
}

@Test func emptyLexiconFallsBackToShapeRules() {
    let tokens = DanishTokenizer(lexicon: .empty).tokenize("H.C. gik 2. gang, f.eks. kl. 15.05.")
    #expect(
        tokens.map(\.text) == ["H.C.", "gik", "2.", "gang", ",", "f.eks.", "kl", ".", "15.05", "."])
}
