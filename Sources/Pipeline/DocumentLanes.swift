import Dispatch
import Synchronization

/// The parallel loop both batch runners share: `lanes` threads take the next document until none is left or
/// the batch is stopping. Each lane keeps its own state (a worker process, or nothing) across its documents,
/// so one document is on one thread at a time — poppler's rule.
enum DocumentLanes {
    static func run<LaneState>(
        _ documents: [InputDocument], lanes: Int, control: BatchControl?,
        initialState: @escaping @Sendable () -> LaneState,
        convert: @escaping @Sendable (InputDocument, inout LaneState) -> DocumentResult,
        finish: @escaping @Sendable (LaneState) -> Void = { _ in },
        progress: @escaping @Sendable (DocumentResult) -> Void
    ) -> [DocumentResult] {
        let results = Mutex([DocumentResult?](repeating: nil, count: documents.count))
        let next = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(lanes, documents.count)) {
            DispatchQueue.global().async(group: group) {
                var state = initialState()
                while control?.isStopping != true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < documents.count else { break }
                    let result = convert(documents[index], &state)
                    results.withLock { $0[index] = result }
                    progress(result)
                }
                finish(state)
            }
        }
        group.wait()
        return results.withLock { $0.compactMap { $0 } }
    }
}
