import CHunspell
import Foundation
import Synchronization

/// A hunspell dictionary (e.g. hunspell-da) as a `Lexicon`.
///
/// Creating one costs ~110 ms, so make one per process and share it: every call into hunspell and the
/// verdict cache is serialised by one mutex, which makes the class safe to use from several threads at
/// once (hence `@unchecked Sendable`: the handle is only touched under the lock, and freed in `deinit`).
/// Verdicts are cached because compound words are slow to check (~1.3 ms).
public final class HunspellDictionary: Lexicon, @unchecked Sendable {
    private let handle: OpaquePointer
    private let cache = Mutex<[String: Bool]>([:])
    /// The cache is cleared when it grows past this many entries, bounding a long-running process.
    private let cacheLimit = 200_000

    /// Opens `path.aff` and `path.dic` ("/usr/share/hunspell/da_DK"); nil when either file is missing.
    public init?(path: String) {
        let aff = path + ".aff"
        let dic = path + ".dic"
        // Hunspell_create "succeeds" on missing files and then rejects every word: check first.
        guard FileManager.default.isReadableFile(atPath: aff), FileManager.default.isReadableFile(atPath: dic),
            let created = Hunspell_create(aff, dic)
        else { return nil }
        handle = created
    }

    deinit { Hunspell_destroy(handle) }

    /// hunspell rejects a word of this many UTF-8 bytes or more unread (`MAXWORDUTF8LEN`); saying so here
    /// keeps such input, which a hostile PDF can make, away from the library, whichever process it runs in.
    public static let maxWordBytes = 300

    public func isWord(_ word: String) -> Bool {
        guard !word.isEmpty, word.utf8.count < Self.maxWordBytes else { return false }
        return cache.withLock { verdicts in
            if let known = verdicts[word] { return known }
            let verdict = word.withCString { Hunspell_spell(handle, $0) } != 0
            if verdicts.count >= cacheLimit { verdicts.removeAll(keepingCapacity: true) }
            verdicts[word] = verdict
            return verdict
        }
    }
}
