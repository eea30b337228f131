import DocumentModel
import Foundation

/// The language knowledge segmentation decides by: section labels, header labels, status phrases, role
/// titles, month names. It is data (`Resources/vocabulary.json`), so a municipality can add its own words
/// from `pipeline.yaml` without touching code.
public struct SegmentationVocabulary: Codable, Hashable, Sendable {
    /// A label that opens a typed part of an item's body ("Referat" → "minutes").
    public struct SectionLabel: Codable, Hashable, Sendable {
        public var label: String
        public var kind: String

        public init(label: String, kind: String) {
            self.label = label
            self.kind = kind
        }
    }

    /// What a header label fills.
    public enum HeaderField: String, Codable, Hashable, Sendable {
        /// `subject` ("Emne") names the meeting when no `title` field or "Referat: …" line does.
        case title, subject, date, dateAndLocation, location, chair, minuteTaker, caseNumber, participants, other
    }

    /// A label of the meeting header ("Sted" → location; "Afbud" → a participant list of absentees).
    public struct HeaderLabel: Codable, Hashable, Sendable {
        public var label: String
        public var field: HeaderField
        /// For participant lists: the status of the people listed under the label.
        public var status: Participant.Status?

        public init(label: String, field: HeaderField, status: Participant.Status? = nil) {
            self.label = label
            self.field = field
            self.status = status
        }
    }

    public var sectionLabels: [SectionLabel] { didSet { matchers.update(sectionLabels: sectionLabels) } }
    public var headerLabels: [HeaderLabel] { didSet { matchers.update(headerLabels: headerLabels) } }
    /// Words after a participant that mark them absent ("– afbud").
    public var absentPhrases: [String] { didSet { matchers.update(absentPhrases: absentPhrases) } }
    /// Words introducing a substitute who attends instead ("i stedet deltager").
    public var substitutePhrases: [String] { didSet { matchers.update(substitutePhrases: substitutePhrases) } }
    /// Words between a substitute and the member they replace ("Hans Hansen i stedet for Kim Larsen").
    public var substituteForPhrases: [String] = [] {
        didSet { matchers.update(substituteForPhrases: substituteForPhrases) }
    }
    /// Words introducing the person an attendee stands in for ("på vegne af").
    public var onBehalfPhrases: [String] { didSet { matchers.update(onBehalfPhrases: onBehalfPhrases) } }
    /// Words introducing an organisation after a name ("Name fra X").
    public var organisationIntroducers: [String] {
        didSet { matchers.update(organisationIntroducers: organisationIntroducers) }
    }
    /// Notes about attendance that are not part of a name ("under punkt 2").
    public var attendanceNotePrefixes: [String] {
        didSet { matchers.update(attendanceNotePrefixes: attendanceNotePrefixes) }
    }
    /// Lower-case words that make a line an organisation rather than a person (group headings in lists).
    public var organisationWords: [String] { didSet { matchers.update(organisationWords: organisationWords) } }
    /// Markers before an item's presenter ("v/", "ved").
    public var presenterMarkers: [String] { didSet { matchers.update(presenterMarkers: presenterMarkers) } }
    /// First words of a parenthesis after a heading that only notes attachments ("(bilag)"), not title text.
    public var headingNoteWords: [String] = [] { didSet { matchers.update(headingNoteWords: headingNoteWords) } }
    /// Words before a clock time ("kl.").
    public var timeMarkers: [String]
    /// Words joining a time range besides a dash ("til").
    public var rangeWords: [String]
    /// Words that may precede an item number ("Punkt", "Pkt.", "Ad").
    public var itemPrefixes: [String] { didSet { matchers.update(itemPrefixes: itemPrefixes) } }
    /// Titles of a table of contents ("Indholdsfortegnelse").
    public var tableOfContentsTitles: [String] {
        didSet { matchers.update(tableOfContentsTitles: tableOfContentsTitles) }
    }
    /// Markers of an item whose body is not published ("Lukket punkt").
    public var closedItemMarkers: [String] { didSet { matchers.update(closedItemMarkers: closedItemMarkers) } }
    /// Words naming the document kind, stripped from the front of a title ("Referat:").
    public var documentKindWords: [String] { didSet { matchers.update(documentKindWords: documentKindWords) } }
    /// Titles that precede a name ("Overlæge Jan Hansen"); matched case-insensitively.
    public var roleTitles: [String] { didSet { matchers.update(roleTitles: roleTitles) } }
    /// Word endings that make a capitalised word before a name a role ("Skolechef Ole Hansen").
    public var roleSuffixes: [String] { didSet { matchers.update(roleSuffixes: roleSuffixes) } }
    /// Roles that put a listed person in the secretariat ("(referent)").
    public var secretariatRoles: [String] { didSet { matchers.update(secretariatRoles: secretariatRoles) } }
    /// Month names and abbreviations, lower-case, to their number.
    public var months: [String: Int]
    /// Names of the days of the week, which open a date ("Mandag den 26. februar").
    public var weekdays: [String] = [] { didSet { matchers.update(weekdays: weekdays) } }
    /// Words between a title and its date ("… den 26. februar").
    public var dateLeadIns: [String] = []
    /// Words that lead from a date to the meeting's place ("15. februar 2012 på Skovhuset").
    public var placeLeadIns: [String] = []
    /// Verbs that open a section after the one who speaks, lower-case, to the section's kind
    /// ("indstiller": "Direktionen indstiller, at udvalget …" is the recommendation).
    public var sectionVerbs: [String: String] = [:]
    /// Endings of the compound nouns that name a meeting, lower-case ("møde": "Bestyrelsesmøde"): such a word
    /// before the header's date is the meeting's title ("Bestyrelsesmøde d. 8. april 2010").
    public var meetingNouns: [String] = []
    /// Sentences that elect the meeting's officers in its first items ("Som dirigent blev valgt Ole Hansen"):
    /// regular expressions with the groups `name` and `role`.
    public var electionPatterns: [String] = []
    /// Sentences that close the minutes with the time the meeting ended ("Mødet sluttede kl. 21.15"): regular
    /// expressions with the group `time`.
    public var closingPatterns: [String] = []
    /// The meeting field an elected role fills, by role, lower-case ("dirigent" → "chair", "referent" →
    /// "minuteTaker").
    public var electedRoles: [String: String] = [:]
    /// Common given names, lower-case (`Resources/given-names.txt`): evidence of where a person's name starts
    /// after a title ("Leder af X Lise Hansen"), never a requirement for a name.
    public var givenNames: Set<String> = []
    /// The word lists above prepared for matching at the start of lines, kept in step by the lists' `didSet`.
    private(set) var matchers = Matchers()

    /// Every key but `matchers`, which is derived.
    enum CodingKeys: String, CodingKey {
        case sectionLabels, headerLabels, absentPhrases, substitutePhrases, substituteForPhrases, onBehalfPhrases
        case organisationIntroducers
        case attendanceNotePrefixes, organisationWords, presenterMarkers, headingNoteWords, timeMarkers, rangeWords
        case itemPrefixes, tableOfContentsTitles, closedItemMarkers, documentKindWords, roleTitles, roleSuffixes
        case secretariatRoles, months, weekdays, dateLeadIns, placeLeadIns, meetingNouns, sectionVerbs
        case electionPatterns, electedRoles, closingPatterns, givenNames
    }

    public init(
        sectionLabels: [SectionLabel] = [], headerLabels: [HeaderLabel] = [], absentPhrases: [String] = [],
        substitutePhrases: [String] = [], onBehalfPhrases: [String] = [], organisationIntroducers: [String] = [],
        attendanceNotePrefixes: [String] = [], organisationWords: [String] = [], presenterMarkers: [String] = [],
        timeMarkers: [String] = [], rangeWords: [String] = [], itemPrefixes: [String] = [],
        tableOfContentsTitles: [String] = [], closedItemMarkers: [String] = [], documentKindWords: [String] = [],
        roleTitles: [String] = [], roleSuffixes: [String] = [], secretariatRoles: [String] = [],
        months: [String: Int] = [:]
    ) {
        self.sectionLabels = sectionLabels
        self.headerLabels = headerLabels
        self.absentPhrases = absentPhrases
        self.substitutePhrases = substitutePhrases
        self.onBehalfPhrases = onBehalfPhrases
        self.organisationIntroducers = organisationIntroducers
        self.attendanceNotePrefixes = attendanceNotePrefixes
        self.organisationWords = organisationWords
        self.presenterMarkers = presenterMarkers
        self.timeMarkers = timeMarkers
        self.rangeWords = rangeWords
        self.itemPrefixes = itemPrefixes
        self.tableOfContentsTitles = tableOfContentsTitles
        self.closedItemMarkers = closedItemMarkers
        self.documentKindWords = documentKindWords
        self.roleTitles = roleTitles
        self.roleSuffixes = roleSuffixes
        self.secretariatRoles = secretariatRoles
        self.months = months
        matchers = Matchers(self)
    }

    /// Decodes leniently: every key may be missing, so a `pipeline.yaml` addition can list only what it adds.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func list<T: Decodable>(_ key: CodingKeys) throws -> [T] { try c.decodeIfPresent([T].self, forKey: key) ?? [] }
        sectionLabels = try list(.sectionLabels)
        headerLabels = try list(.headerLabels)
        absentPhrases = try list(.absentPhrases)
        substitutePhrases = try list(.substitutePhrases)
        substituteForPhrases = try list(.substituteForPhrases)
        onBehalfPhrases = try list(.onBehalfPhrases)
        organisationIntroducers = try list(.organisationIntroducers)
        attendanceNotePrefixes = try list(.attendanceNotePrefixes)
        organisationWords = try list(.organisationWords)
        presenterMarkers = try list(.presenterMarkers)
        headingNoteWords = try list(.headingNoteWords)
        timeMarkers = try list(.timeMarkers)
        rangeWords = try list(.rangeWords)
        itemPrefixes = try list(.itemPrefixes)
        tableOfContentsTitles = try list(.tableOfContentsTitles)
        closedItemMarkers = try list(.closedItemMarkers)
        documentKindWords = try list(.documentKindWords)
        roleTitles = try list(.roleTitles)
        roleSuffixes = try list(.roleSuffixes)
        secretariatRoles = try list(.secretariatRoles)
        months = try c.decodeIfPresent([String: Int].self, forKey: .months) ?? [:]
        weekdays = try list(.weekdays)
        dateLeadIns = try list(.dateLeadIns)
        placeLeadIns = try list(.placeLeadIns)
        meetingNouns = try list(.meetingNouns)
        sectionVerbs = try c.decodeIfPresent([String: String].self, forKey: .sectionVerbs) ?? [:]
        electionPatterns = try list(.electionPatterns)
        closingPatterns = try list(.closingPatterns)
        electedRoles = try c.decodeIfPresent([String: String].self, forKey: .electedRoles) ?? [:]
        givenNames = try c.decodeIfPresent(Set<String>.self, forKey: .givenNames) ?? []
        matchers = Matchers(self)
    }

    /// The vocabulary shipped in `Resources/vocabulary.json` and `Resources/given-names.txt`, read once. Empty
    /// if a resource is unreadable, so segmentation still runs (and finds numbered items) rather than crash.
    public static let standard: SegmentationVocabulary = {
        guard let url = Bundle.module.url(forResource: "vocabulary", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            var vocabulary = try? JSONDecoder().decode(SegmentationVocabulary.self, from: data)
        else { return SegmentationVocabulary() }
        if let names = Bundle.module.url(forResource: "given-names", withExtension: "txt"),
            let text = try? String(contentsOf: names, encoding: .utf8)
        {
            vocabulary.givenNames = Set(
                text.split(whereSeparator: \.isNewline).map { TextMatching.clean($0).lowercased() }
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") })
        }
        return vocabulary
    }()

    /// This vocabulary with `other`'s entries added after its own (lists are concatenated without
    /// duplicates; for months, `other` wins).
    public func merging(_ other: SegmentationVocabulary) -> SegmentationVocabulary {
        func join<T: Hashable>(_ a: [T], _ b: [T]) -> [T] {
            var seen = Set(a)
            return a + b.filter { seen.insert($0).inserted }
        }
        var result = self
        result.sectionLabels = join(sectionLabels, other.sectionLabels)
        result.headerLabels = join(headerLabels, other.headerLabels)
        result.absentPhrases = join(absentPhrases, other.absentPhrases)
        result.substitutePhrases = join(substitutePhrases, other.substitutePhrases)
        result.substituteForPhrases = join(substituteForPhrases, other.substituteForPhrases)
        result.onBehalfPhrases = join(onBehalfPhrases, other.onBehalfPhrases)
        result.organisationIntroducers = join(organisationIntroducers, other.organisationIntroducers)
        result.attendanceNotePrefixes = join(attendanceNotePrefixes, other.attendanceNotePrefixes)
        result.organisationWords = join(organisationWords, other.organisationWords)
        result.presenterMarkers = join(presenterMarkers, other.presenterMarkers)
        result.headingNoteWords = join(headingNoteWords, other.headingNoteWords)
        result.timeMarkers = join(timeMarkers, other.timeMarkers)
        result.rangeWords = join(rangeWords, other.rangeWords)
        result.itemPrefixes = join(itemPrefixes, other.itemPrefixes)
        result.tableOfContentsTitles = join(tableOfContentsTitles, other.tableOfContentsTitles)
        result.closedItemMarkers = join(closedItemMarkers, other.closedItemMarkers)
        result.documentKindWords = join(documentKindWords, other.documentKindWords)
        result.roleTitles = join(roleTitles, other.roleTitles)
        result.roleSuffixes = join(roleSuffixes, other.roleSuffixes)
        result.secretariatRoles = join(secretariatRoles, other.secretariatRoles)
        result.months.merge(other.months) { _, new in new }
        result.weekdays = join(weekdays, other.weekdays)
        result.dateLeadIns = join(dateLeadIns, other.dateLeadIns)
        result.placeLeadIns = join(placeLeadIns, other.placeLeadIns)
        result.meetingNouns = join(meetingNouns, other.meetingNouns)
        result.sectionVerbs.merge(other.sectionVerbs) { _, new in new }
        result.electionPatterns = join(electionPatterns, other.electionPatterns)
        result.closingPatterns = join(closingPatterns, other.closingPatterns)
        result.electedRoles.merge(other.electedRoles) { _, new in new }
        result.givenNames.formUnion(other.givenNames)
        return result
    }
}
