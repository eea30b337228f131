import DocumentModel
import Foundation
import Synchronization

/// Idle tesseract engines for one language, lent to one thread at a time. A thread that finds none idle
/// makes a new one, so the pool grows to the number of threads that OCR at once and then stays.
final class EnginePool: Sendable {
    let language: String
    let dataPath: String?
    private let idle = Mutex<[TesseractEngine]>([])

    init(language: String, dataPath: String?) {
        self.language = language
        self.dataPath = dataPath
        _ = Self.drainAtExit
        Self.live.withLock { $0.append(WeakPool(pool: self)) }
    }

    /// Frees the idle engines. Also run at process exit: tesseract's shared dictionary cache is destroyed
    /// then and prints "WARNING! LEAK!" for every engine still holding a dictionary.
    func drain() {
        let engines = idle.withLock { engines in
            defer { engines = [] }
            return engines
        }
        _ = engines
    }

    private struct WeakPool: Sendable {
        weak var pool: EnginePool?
    }

    private static let live = Mutex<[WeakPool]>([])
    private static let drainAtExit: Void = {
        atexit {
            let pools = EnginePool.live.withLock { $0.compactMap(\.pool) }
            for pool in pools { pool.drain() }
        }
    }()

    /// Adds an engine made elsewhere (the one made to check the language loads).
    func give(_ engine: TesseractEngine) {
        idle.withLock { $0.append(engine) }
    }

    /// Runs `body` with an engine no other thread is using.
    func withEngine<T>(_ body: (TesseractEngine) throws(ReferentError) -> T) throws(ReferentError) -> T {
        let engine: TesseractEngine
        if let existing = idle.withLock({ $0.popLast() }) {
            engine = existing
        } else {
            engine = try TesseractEngine(language: language, dataPath: dataPath)
        }
        defer { give(engine) }
        return try body(engine)
    }
}
