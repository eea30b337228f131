/// The little Danish the dehyphenator needs, as data: words that follow a suspended compound
/// ("Børne- og Ungepsykiatri", "Social- eller Sundhedsudvalget") and the linking letters Danish compounds
/// join their parts with ("sundhed-s-klynge", "børn-e-have", direct "klynge-midler").
enum DanishHyphenation {
    /// A hyphen at a line end before one of these is a suspended compound's hyphen, never a break.
    static let suspensionConnectives: Set<String> = [
        "og", "eller", "samt", "til", "el.", "el", "hhv.", "henholdsvis", "&", "+", "/", "and", "or",
    ]

    /// Letters that may link two parts of a compound, tried after the direct join.
    static let linkingElements: [String] = ["s", "e"]

    /// Inflectional endings ignored when looking for the same word elsewhere in a document
    /// ("Tilgængelighedsanalysens" vs "Tilgængelighedsanalysen").
    static let inflectionSlack = 3
}
