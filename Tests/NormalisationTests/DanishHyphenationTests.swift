import Testing

@testable import Normalisation

/// The dehyphenator's Danish comes from the module's resource files.
@Suite struct DanishHyphenationTests {
    @Test func theResourceListsAreLoaded() {
        #expect(DanishHyphenation.suspensionConnectives.isSuperset(of: ["og", "eller", "hhv.", "&"]))
        #expect(!DanishHyphenation.suspensionConnectives.contains { $0.hasPrefix("#") || $0.isEmpty })
        #expect(DanishHyphenation.linkingElements == ["s", "e"])
    }
}
