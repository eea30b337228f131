import DocumentModel
import Emit
import Foundation
import Pipeline

/// Time per pipeline stage, in one process, over every PDF under a folder: what `referent convert` does per
/// document without the batch around it (no workers, ledger or files written). The PDFs are read into memory
/// first; each round converts all of them, and each stage's figure is its fastest round.
///
/// Arguments: DIR [--rounds N] (default 3). Uses the built-in configuration (the shipped pipeline.yaml).
func runStageBench(_ arguments: [String]) {
    var folder: String?
    var rounds = 3
    var arguments = arguments[...]
    while let argument = arguments.popFirst() {
        switch argument {
        case "--rounds": rounds = number(after: argument, &arguments)
        default: folder = argument
        }
    }
    guard let folder else { fail("usage: referent-bench stages DIR [--rounds N]") }
    let names = ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.lowercased().hasSuffix(".pdf") }.sorted()
    let inputs = names.compactMap { name in
        FileManager.default.contents(atPath: folder + "/" + name).map { (name, $0) }
    }
    guard !inputs.isEmpty else { fail("no PDFs under \(folder)") }

    let config = PipelineConfig()
    let pipeline = DocumentPipeline(config: config)
    let validator = try? XMLSchemaValidator.forContract()
    let clock = ContinuousClock()
    var best: [String: Double] = [:]
    var order: [String] = []
    var pages = 0
    var failed = 0
    for _ in 0..<max(1, rounds) {
        var round: [String: Double] = [:]
        pages = 0
        failed = 0
        func add(_ stage: String, _ seconds: Double) {
            if !order.contains(stage) { order.append(stage) }
            round[stage, default: 0] += seconds
        }
        for (name, data) in inputs {
            guard let (document, timings) = try? pipeline.convert(data: data, file: name) else {
                failed += 1
                continue
            }
            pages += document.pages.count
            for timing in timings { add(timing.stage, timing.seconds) }
            var value = OutputValue.null
            add("contract", clock.measure { value = OutputContract.value(of: document) }.seconds)
            add("json", clock.measure { _ = JSONWriter.data(value) }.seconds)
            var xml = Data()
            add("xml", clock.measure { xml = XMLWriter.data(value) }.seconds)
            if let validator {
                add("validate", clock.measure { _ = validator.errors(in: xml) }.seconds)
            }
        }
        for (stage, seconds) in round { best[stage] = min(best[stage] ?? .infinity, seconds) }
    }

    let total = order.reduce(0) { $0 + best[$1, default: 0] }
    print("documents: \(inputs.count) (\(failed) failed)")
    print("pages: \(pages)")
    for stage in order {
        let seconds = best[stage, default: 0]
        print(
            String(
                format: "%@: %.3f s, %.2f ms/page, %.0f%%", stage, seconds, seconds * 1000 / Double(max(pages, 1)),
                seconds / total * 100))
    }
    print(String(format: "total: %.3f s, %.0f pages/s", total, Double(pages) / total))
}
