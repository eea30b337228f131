import Foundation
import Testing

@testable import Segmentation

/// The fast string paths (byte scans, prepared word lists, the phrase filter) give what their plain
/// `Character`-based definitions give, including on text where the two could part: combining marks next to
/// spaces, non-ASCII whitespace, decomposed letters, and the letters that lower-case to ASCII ("İ", Kelvin sign).
@Suite struct TextMatchingEquivalenceTests {
    static let texts: [String] = [
        "", " ", "Referat", "  Referat  af   mødet ", "Punkt 3: Budget", "PKT. 3", "Ad 1.", "Bilag:", "Bilagsliste",
        "Beslutning i Udvalget den 3. maj", "Mødeleder: Anne", "MødeChefforum", "Sted\u{A0}Rådhuset", "a\u{301} b",
        "x \u{301}y", "\u{301}start", "Tab\there", "line\r\nbreak", "e\u{301}konomi", "Økonomichef Jens",
        "\u{212A}ommune",
        "İnge Hansen", "• punkt", "–\u{2003}dash", "Ole Berg – afbud", "Lise Holm, på vegne af Region", "v/ Mads Holm",
        "Oplæg ved Søren", "Ved: Mads", "\u{0600} x", "ok\u{200D} y", "Hanne\u{3000}Berg", "Direktør\u{2028}Ny",
        "fraværende", "FRAVÆRENDE", "stedfortræder for X", "i stedet deltager Y", "Lukket punkt: Køb",
        "A\u{30A}bent referat", "a\u{30A}bent Referat", "Åbent referat", "Økonomichef Jens", "økonomi",
    ]

    static func referenceClean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The original `TextMatching.prefix`: sort by length, lower-case, compare on every call.
    static func referencePrefix(_ text: String, _ words: [String], glued: Bool) -> String? {
        for word in words.sorted(by: { $0.count > $1.count }) where !word.isEmpty {
            guard text.count >= word.count else { continue }
            let end = text.index(text.startIndex, offsetBy: word.count)
            guard text[..<end].lowercased() == word.lowercased() else { continue }
            if let next = text[end...].first, let last = word.last, last.isLetter || last.isNumber,
                next.isLetter || next.isNumber, !(glued && (next.isUppercase || next.isNumber))
            {
                continue
            }
            return "\(text[..<end])|\(text[end...])"
        }
        return nil
    }

    @Test func cleanAndWordsMatchCharacterSplitting() {
        for text in Self.texts {
            #expect(TextMatching.clean(text) == Self.referenceClean(text), "\(text.debugDescription)")
            #expect(TextMatching.clean(text.dropFirst()) == Self.referenceClean(String(text.dropFirst())))
            #expect(TextMatching.words(text) == text.split(whereSeparator: { $0.isWhitespace }))
            for separator: Character in [",", "("] {
                let probe = text + ",a,,b(c),\u{301}d"
                #expect(TextMatching.split(probe, at: separator) == probe.split(separator: separator))
            }
        }
    }

    @Test func preparedListsMatchThePlainDefinition() {
        let vocabulary = SegmentationVocabulary.standard
        let lists = [
            vocabulary.roleTitles, vocabulary.itemPrefixes, vocabulary.sectionLabels.map(\.label),
            vocabulary.headerLabels.map(\.label), vocabulary.documentKindWords,
            ["ved", "Ved", "v/", "e\u{301}", "é", "\u{212A}", "k", "i", "İ", "mø", "møde", "a\u{301}"],
        ]
        for words in lists {
            let matcher = PrefixMatcher(words)
            let texts = Self.texts + words + words.map { $0.uppercased() + "X" } + words.map { $0 + " rest" }
            for text in texts {
                for glued in [false, true] {
                    let found = matcher.match(text, glued: glued).map { "\($0.matched)|\($0.rest)" }
                    #expect(found == Self.referencePrefix(text, words, glued: glued), "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func phraseFilterNeverRulesOutAMatch() {
        let phrases = ["ved", "afbud", "på vegne af", "fraværende", " fra ", "k", "i stedet", "e\u{301}", "é", ";"]
        for text in Self.texts + ["Kalle \u{212A}", "x\u{37E}y", "vé d", "ve\u{301}d", "I stedet", "İ stedet"] {
            for phrase in phrases where !PhraseFilter.mayOccur(Phrase(phrase), in: text) {
                #expect(text.lowercased().range(of: phrase.lowercased()) == nil, "\(phrase) in \(text)")
            }
            let list = PhraseList(phrases)
            for (phrase, possible) in zip(phrases, list.mayOccur(in: text)) where !possible {
                #expect(text.lowercased().range(of: phrase.lowercased()) == nil, "\(phrase) in \(text) (list)")
            }
        }
    }

    @Test func characterCountMatchesStringCount() {
        for text in Self.texts + ["€ 5", "“citat”", "\u{F0B7} punkt", "Åbent møde", "a\r\n", "✓ ok", "ǅ"] {
            #expect(CharacterCount.of(text) == text.count, "\(text.debugDescription)")
        }
    }

    @Test func byteSearchMatchesFoundation() {
        let needles = ["ved", "på vegne af", "æ", "e", "é", "e\u{301}", " – ", "k", "i stedet", "a"]
        for text in Self.texts.map({ $0.lowercased() }) + ["café", "cafe\u{301}", "på vegne af x", "æble – pære"] {
            for needle in needles {
                var from = text.startIndex
                while true {
                    let found = PlainSearch.range(of: needle, in: text, from: from)
                    #expect(found == text.range(of: needle, range: from..<text.endIndex), "\(needle) in \(text)")
                    guard let found else { break }
                    from = found.upperBound
                }
            }
        }
    }

    @Test func digitFiltersKeepEveryDateAndTime() {
        let scanner = DateTimeScanner(vocabulary: .standard)
        let texts = [
            "16. januar 2020 kl. 13.00-15.00", "Tid 15:00 – 17:00", "19.06.2018", "14-02-2024", "kl.13.00 til kl.15.00",
            "Mødet 2024-03-01", "Budget 2024", "punkt 1.2", "kl. ١٣:٠٠", "den ١٩.٠٦.٢٠١٨", "1.2.24", "3:15",
        ]
        for text in Self.texts + texts {
            // Debug builds check the filters against the regular expressions inside these calls.
            _ = scanner.firstDate(in: text)
            _ = scanner.timeMatch(in: text, allowBare: true)
        }
        #expect(scanner.timeRange(in: "Tid 15:00 – 17:00", allowBare: true)?.start.text == "15:00")
        #expect(scanner.firstDate(in: "Mødet 19.06.2018")?.date.iso == "2018-06-19")
    }

    @Test func wholeLineTitlesMatchTheirDefinition() {
        let list = SegmentationVocabulary.standard.tableOfContentsTitles + ["Årsoversigt", "a\u{30A}rsplan"]
        let titles = WholeLineTitles(list)
        let lines = [
            "Dagsorden", "DAGSORDEN:", "Dagsorden .....", "Indhold ....", "Oversigt  over punkter",
            "Oversigt over punkter",
            "Oversigt\u{A0}over punkter", "Indholdsfortegnelse", "Dag", "dagsorden for mødet", " Dagsorden",
            "Årsoversigt",
            "A\u{30A}rsoversigt", "årsplan", "Punktoversigt –", "Indhold\tfortegnelse", "",
        ]
        for line in Self.texts + lines {
            let expected = Set(list.map { $0.lowercased() }).contains(TextMatching.trimTrailing(line).lowercased())
            #expect(titles.contains(line: line) == expected, "\(line.debugDescription)")
        }
    }
}
