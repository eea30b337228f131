import Extraction
import Testing

@Suite struct TextLayerQualityTests {
    static let cases: [(text: String, usable: Bool)] = [
        ("", false),
        ("   \n\n  ", false),
        ("3", false),
        ("Referat af mødet i Børne- og Skoleudvalget", true),
        (String(repeating: "\u{FFFD}", count: 80) + " Referat", false),
        (String(repeating: "\u{E001}\u{E002} ", count: 40), false),
        (String(repeating: "\u{01}\u{02}\u{03}", count: 30), false),
        ("Referat af mødet\u{FFFD} i Børne- og Skoleudvalget", true),
        ("Tilgængelig\u{AD}hedsanalysen er færdig", true),
    ]

    @Test(arguments: cases) func usability(_ example: (text: String, usable: Bool)) {
        let quality = TextLayerQuality(scalars: example.text.unicodeScalars)
        #expect(quality.isUsable(minimumCharacters: 20) == example.usable)
    }
}
