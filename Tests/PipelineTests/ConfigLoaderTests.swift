import Foundation
import Testing

@testable import Pipeline

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite struct ConfigLoaderTests {
    @Test func shippedPipelineYamlEqualsTheBuiltInDefaults() throws {
        let config = try ConfigLoader.load(path: repositoryRoot.appendingPathComponent("pipeline.yaml").path)
        #expect(config == PipelineConfig())
    }

    @Test(arguments: [
        ("jobs: 2\nbogus: 1\n", 2, "unknown key 'bogus' in top level"),
        ("output:\n  formats: [json, pdf]\n", 2, "output.formats may contain only"),
        ("extraction:\n  maxPages: lots\n", 2, "extraction.maxPages must be a whole number"),
        ("normalisation:\n  furnitureBandFraction: 0.9\n", 2, "normalisation.furnitureBandFraction must be a number"),
        ("segmentation:\n  sectionLabels:\n    - {label: Økonomi}\n", 3, "needs both 'label' and 'kind'"),
        ("jobs: [1\n", nil, "not valid YAML"),
        ("ocr:\n  mode: sometimes\n", 2, "ocr.mode must be one of: auto, force, off"),
        ("ocr:\n  dpi: 10\n", 2, "ocr.dpi must be a whole number from 50"),
        ("batch:\n  durable: sometimes\n", 2, "batch.durable must be"),
    ])
    func badConfigurationsNameTheLineAndWhatWasExpected(yaml: String, line: Int?, message: String) {
        #expect {
            _ = try ConfigLoader(file: "test.yaml").parse(yaml)
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.file == "test.yaml" && (line == nil || error.line == line) && error.message.contains(message)
        }
    }

    @Test func valuesOverrideDefaults() throws {
        let yaml = """
            jobs: 3
            output: {formats: [json], validate: false}
            segmentation:
              sectionLabels: [{label: "Administrationens bemærkninger", kind: background}]
            batch: {timeoutSeconds: 5, durable: true}
            """
        let config = try ConfigLoader(file: "x").parse(yaml)
        #expect(config.jobs == 3)
        #expect(config.output.formats == [.json])
        #expect(config.output.validate == false)
        #expect(
            config.segmentation.sectionLabels == [.init(label: "Administrationens bemærkninger", kind: "background")])
        #expect(config.batch.timeoutSeconds == 5)
        #expect(config.batch.durable)
    }
}
