/// What a token is. Raw values are stable: they appear in the JSON output.
public enum TokenKind: String, Sendable, Codable, CaseIterable {
    /// Letters, maybe with digits, hyphens and apostrophes ("PLO-Midtjylland", "15-17-årige", "app’en", "Børne-").
    case word
    /// A cardinal number with Danish decimal comma and thousands dots ("1,5", "2.998.252"), or a range ("10-15").
    case number
    /// A number with a period before a month or noun ("16. november", "2. halvår").
    case ordinal
    /// A date written in one token ("16.01.2020", "19/12-15", "14-02-2024").
    case date
    /// A clock time ("15.05" after "kl.", "15:00", "20.00").
    case time
    /// A known or dotted abbreviation, with its period ("bl.a.", "kr.", "H.", "v/").
    case abbreviation
    /// Sentence and clause punctuation, quotes and dashes.
    case punctuation
    /// Any other sign ("%", "§", "+").
    case symbol
    /// A web address.
    case url
    /// An e-mail address.
    case email
    /// A journal or case number ("2019-065072-9").
    case caseNumber
    /// A number with a period that opens a numbered item ("1. Tager orienteringen til efterretning.").
    case listMarker
    /// A bullet sign ("•", U+F0B7).
    case bullet
}
