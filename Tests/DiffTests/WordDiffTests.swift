import Testing

@testable import Diff

@Suite struct WordDiffTests {
    /// Renders hunks the way the plain text report does.
    func render(_ old: String, _ new: String, context: Int = 3) -> [String] {
        let report = TextReport(context: context)
        let change = Change(path: "items[0].text", kind: .changed, old: .string(old), new: .string(new))
        return report.lines(for: change)
    }

    @Test(arguments: [
        (
            "a b c d e f g h i j k l m", "a b c d e f X h i j k l m",
            ["items[0].text: …d e f [-g-]{+X+} h i j…"]
        ),
        ("a b c d e f g h i j k l m", "Z a b c d e f g h i j k l m", ["items[0].text: {+Z+} a b c…"]),
        ("a b c d e f g h i j k l m", "a b c d e f g h i j k l", ["items[0].text: …j k l [-m-]"]),
        (
            "a b c d e f g h i j k l m n o p q r s", "A b c d e f g h i j k l m n o p q r S",
            ["items[0].text: [-a-]{+A+} b c d…", "               …p q r [-s-]{+S+}"]
        ),
        ("a b c d e f g h i j k l m", "a b c d\ne f g h i j k l m", ["items[0].text: …b c d {+¶+} e f g…"]),
        ("a b c d e f g h i j k l m", "a b  c d e f g h i j k l m", ["items[0].text: white space changed"]),
    ])
    func wordChangesShowWithContext(old: String, new: String, expected: [String]) {
        #expect(render(old, new) == expected)
    }

    @Test func nearbyChangesShareAHunk() {
        let diff = WordDiff(old: "a b c d e f g h", new: "a B c d E f g h", context: 2)
        #expect(diff.hunks.count == 1)
        #expect(
            diff.hunks[0].pieces == [
                .same("a"), .removed("b"), .added("B"), .same("c d"), .removed("e"), .added("E"), .same("f g"),
            ])
        #expect(!diff.hunks[0].startsInside && diff.hunks[0].endsInside)
    }

    @Test func shortStringsShowWhole() {
        let change = Change(
            path: "meeting.location", kind: .changed, old: .string("Regionshuset"),
            new: .string("Regionshuset, mødelokale A"))
        #expect(
            TextReport().lines(for: change) == [#"meeting.location: "Regionshuset" → "Regionshuset, mødelokale A""#])
    }

    @Test func colourReplacesTheMarkers() {
        let report = TextReport(style: TerminalStyle(colour: true))
        let change = Change(
            path: "t", kind: .changed, old: .string("a b c d e f g h i j k l m"),
            new: .string("a b c d e f X h i j k l m"))
        let line = report.lines(for: change)[0]
        #expect(line.contains("\u{1B}[31;9mg\u{1B}[0m\u{1B}[32mX\u{1B}[0m") && !line.contains("[-"))
    }

    @Test(arguments: [
        (true, [String: String](), true), (false, [:], false), (true, ["NO_COLOR": "1"], false),
        (true, ["NO_COLOR": ""], true),
    ])
    func colourOnlyOnATerminalWithoutNoColor(isTerminal: Bool, environment: [String: String], expected: Bool) {
        #expect(TerminalStyle.wantsColour(isTerminal: isTerminal, environment: environment) == expected)
    }
}
