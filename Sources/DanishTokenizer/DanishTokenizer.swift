/// A rule-based tokenizer and sentence splitter for Danish administrative text (meeting minutes), following the
/// conventions of the UD Danish-DDT treebank.
///
/// **Offsets.** Every `range` (``Token/range``, ``Sentence/range``, ``DateTimeSpan/range``) counts UTF-8 bytes of
/// the `String` that was tokenized. Convert with ``Token/stringRange(in:)`` or `String.indexRange(utf8:)`;
/// `Sentence.tokens` and `DateTimeSpan.tokens` index the token array.
///
/// **Kinds** (``TokenKind``): words (hyphenated compounds "PLO-Midtjylland", "15-17-årige" and suspended
/// compounds "Børne-" are one word; "app’en", "TEBA's" keep their apostrophe), numbers ("1,5", "2.998.252",
/// "10-15"), ordinals ("16." before a month or any lower-case word or a noun from the lexicon: "2. halvår"),
/// list markers ("1." opening a line or following a sentence end before a capital), dates in one token
/// ("16.01.2020", "19/12-15"), times ("15:00", "20.00", "15.05" after "kl."), abbreviations with their period
/// (from the lexicon, dotted forms such as "B.T." and initials such as "H."), punctuation (each quote, bracket and
/// dash alone; "..." as one), bullets, symbols, URLs, e-mail addresses and case numbers ("2019-065072-9").
/// A time range written without spaces ("13.00-15.00") becomes time, "-", time. Multi-token dates and times
/// ("6. marts 2022", "kl. 13.00 til kl. 15.00") are read by ``dateTimeSpans(in:)``, which leaves the token stream
/// untouched.
///
/// **Sentences.** A sentence ends after ".", "!", "?" or "…" (plus glued closing quotes) before a capital, digit,
/// quote, dash, bullet or list marker; after a sentence-final abbreviation ("osv.", "kr.") before a capital; at a
/// blank line; before a bullet or a list marker on a new line; and at a line break when the line does not end in
/// a continuing sign ("," "-" "(") and the next line starts like a sentence, so headings stand alone while lines
/// wrapped mid-sentence (next line in lower case) are joined. Abbreviations, ordinals and list markers carry their
/// period, so "bl.a.", "kl. 15.05" and "1. Tager ..." never end a sentence by it.
///
/// **How.** The input's UTF-8 bytes are scanned once by a hand-written state machine: no regular expressions, no
/// `Character` iteration, one `String` per token. The Danish word lists come from ``DanishLexicon``; the code only
/// holds the rules.
public struct DanishTokenizer: Sendable {
    /// The word lists the rules consult.
    public let lexicon: DanishLexicon

    /// Creates a tokenizer over `lexicon` (the bundled lists by default).
    public init(lexicon: DanishLexicon = .standard) {
        self.lexicon = lexicon
    }

    /// The tokens of `text`, in order; ranges are UTF-8 byte offsets into `text`.
    public func tokenize(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { bytes in
            var scanner = TokenScanner(bytes: bytes, lexicon: lexicon)
            scanner.run()
            return scanner.tokens
        }
    }

    /// The sentences of `text`, given its `tokens` from ``tokenize(_:)``.
    public func sentences(in text: String, tokens: [Token]) -> [Sentence] {
        var copy = text
        return copy.withUTF8 { bytes in
            SentenceSplitter(bytes: bytes, tokens: tokens, lexicon: lexicon).split()
        }
    }

    /// Tokens and sentences of `text` in one call.
    public func analyse(_ text: String) -> (tokens: [Token], sentences: [Sentence]) {
        let tokens = tokenize(text)
        return (tokens, sentences(in: text, tokens: tokens))
    }

    /// The dates, times and time ranges spelled over one or more of `tokens` ("6. marts 2022", "kl. 15.05",
    /// "15.05 – 15.25", "Onsdag den 24.maj 2023"), in order.
    public func dateTimeSpans(in tokens: [Token]) -> [DateTimeSpan] {
        DateTimeRecognizer(tokens: tokens, lexicon: lexicon).spans()
    }
}
