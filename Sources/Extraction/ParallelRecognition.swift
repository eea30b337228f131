import Dispatch
import DocumentModel
import Synchronization

/// Recognises rendered pages on up to `threads` threads at once. The recognizer owns its engines; this only
/// spreads the pages and collects the results in order.
struct ParallelRecognition {
    var recognizer: any PageRecognizer
    var threads: Int

    struct Job: Sendable {
        var image: RenderedPage
        var pageNumber: Int
        var pageSize: (width: Double, height: Double)
    }

    /// One result per job, in the jobs' order.
    func run(_ jobs: [Job]) -> [Result<RecognizedPage, ReferentError>] {
        guard jobs.count > 1, threads > 1 else { return jobs.map(recognize) }
        let results = Mutex([Result<RecognizedPage, ReferentError>?](repeating: nil, count: jobs.count))
        let next = Atomic(0)
        let recognizer = recognizer
        // Each worker pulls the next job, so a slow page does not hold up a fixed share of the others.
        DispatchQueue.concurrentPerform(iterations: min(threads, jobs.count)) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < jobs.count else { return }
                let result = Self.recognize(jobs[index], with: recognizer)
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    private func recognize(_ job: Job) -> Result<RecognizedPage, ReferentError> {
        Self.recognize(job, with: recognizer)
    }

    private static func recognize(_ job: Job, with recognizer: any PageRecognizer) -> Result<
        RecognizedPage, ReferentError
    > {
        Result { () throws(ReferentError) in
            try recognizer.recognize(job.image, pageNumber: job.pageNumber, pageSize: job.pageSize)
        }
    }
}
