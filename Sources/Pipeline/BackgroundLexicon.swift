import Foundation
import Normalisation
import Synchronization

/// A lexicon that loads on a thread of its own from the moment it is made: the first question waits for
/// the load, and until then the process gets on with other start-up work (the schema, the vocabulary, the
/// first document's extraction). A lexicon that fails to load knows no words.
final class BackgroundLexicon: Lexicon, @unchecked Sendable {
    private let loaded = DispatchSemaphore(value: 0)
    /// Written once by the loading thread before `loaded` is signalled; read only after waiting for it.
    private var lexicon: (any Lexicon)?
    private let ready = Atomic<Bool>(false)

    init(load: @escaping @Sendable () -> (any Lexicon)?) {
        Thread.detachNewThread { [self] in
            lexicon = load()
            ready.store(true, ordering: .releasing)
            loaded.signal()
        }
    }

    func isWord(_ word: String) -> Bool {
        waitUntilLoaded()
        return lexicon?.isWord(word) ?? false
    }

    /// Returns once the load has finished: a process must not exit while the loading thread is inside the
    /// C library.
    func waitUntilLoaded() {
        guard !ready.load(ordering: .acquiring) else { return }
        // Wait once, then pass the signal on to the next waiter.
        loaded.wait()
        loaded.signal()
    }
}

extension BackgroundLexicon {
    /// The hunspell dictionary at `path` (without extension), loading in the background from its first
    /// request and kept for the life of the process: loading costs ~90 ms, and freeing its ~200,000 entries
    /// ~25 ms that a batch would spend after its last document, for memory the exit returns anyway.
    static func dictionary(at path: String) -> BackgroundLexicon {
        dictionaries.withLock { loaded in
            if let lexicon = loaded[path] { return lexicon }
            let lexicon = BackgroundLexicon { HunspellDictionary(path: path) }
            loaded[path] = lexicon
            return lexicon
        }
    }

    private static let dictionaries = Mutex<[String: BackgroundLexicon]>([:])
}
