import Testing

@testable import Normalisation

@Suite("List markers")
struct ListMarkerTests {
    @Test(
        arguments: [
            ("1. Godkendelse", 2), ("12.3) Punkt", 5), ("(a) tekst", 3), ("a. tekst", 2), ("b) tekst", 2),
            ("iv. Punkt", 3), ("IV. Punkt", 3), ("x) punkt", 2), ("• Punkt", 1), ("•Punkt", 1), ("- Punkt", 1),
            ("b\u{301}. tekst", 2), ("Referat fra mødet", nil), ("Ib. tekst", nil), ("Ab. tekst", nil),
            ("ok.", nil), ("Mødet", nil), ("-5 grader", nil), ("a.", nil), ("", nil), ("A. Punkt", nil),
        ] as [(String, Int?)])
    func markerLength(_ text: String, expected: Int?) {
        #expect(ListMarker.markerLength(text) == expected)
    }
}
