import Extraction
import Foundation
import Yams

/// Why a configuration was refused: the file, the line and what was expected.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}

/// Reads `pipeline.yaml` into `PipelineConfig`. Strict: an unknown key or a value of the wrong type stops
/// with the file, line and what was expected, because a misspelt key silently ignored is a wrong run.
public struct ConfigLoader {
    let file: String

    public init(file: String) {
        self.file = file
    }

    public static func load(path: String) throws(ConfigError) -> PipelineConfig {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw ConfigError(file: path, line: nil, message: "cannot read the configuration file") }
        return try ConfigLoader(file: path).parse(text)
    }

    public func parse(_ yaml: String) throws(ConfigError) -> PipelineConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigError(file: file, line: Self.line(of: error), message: "not valid YAML: \(error)")
        } catch {
            throw ConfigError(file: file, line: nil, message: "not valid YAML: \(error)")
        }
        var config = PipelineConfig()
        guard let root else { return config }
        let top = try mapping(root, at: "top level")
        try top.expectKeys([
            "jobs", "extraction", "ocr", "normalisation", "segmentation", "tokenizer", "output", "batch",
        ])
        if let node = top["jobs"] { config.jobs = try int(node, "jobs", range: 0...256) }
        if let node = top["extraction"] {
            let section = try mapping(node, at: "extraction")
            try section.expectKeys(["maxPages", "password"])
            if let value = section["maxPages"] {
                config.extraction.maxPages = try int(value, "extraction.maxPages", range: 1...1_000_000)
            }
            if let value = section["password"] {
                config.extraction.password = try optionalString(value, "extraction.password")
            }
        }
        if let node = top["ocr"] { config.ocr = try ocrOptions(node) }
        if let node = top["normalisation"] {
            let section = try mapping(node, at: "normalisation")
            try section.expectKeys([
                "dictionary", "furnitureMinPageFraction", "furnitureBandFraction", "paragraphGapFactor",
            ])
            if let value = section["dictionary"] {
                config.normalisation.dictionaryPath = try optionalString(value, "normalisation.dictionary")
            }
            if let value = section["furnitureMinPageFraction"] {
                config.normalisation.furnitureMinPageFraction = try double(
                    value, "normalisation.furnitureMinPageFraction", range: 0...1)
            }
            if let value = section["furnitureBandFraction"] {
                config.normalisation.furnitureBandFraction = try double(
                    value, "normalisation.furnitureBandFraction", range: 0...0.5)
            }
            if let value = section["paragraphGapFactor"] {
                config.normalisation.paragraphGapFactor = try double(
                    value, "normalisation.paragraphGapFactor", range: 0...10)
            }
        }
        if let node = top["segmentation"] {
            let section = try mapping(node, at: "segmentation")
            try section.expectKeys(["sectionLabels", "headerLabels", "roleTitles"])
            if let value = section["sectionLabels"] {
                config.segmentation.sectionLabels = try labelKinds(value, "segmentation.sectionLabels")
            }
            if let value = section["headerLabels"] {
                config.segmentation.headerLabels = try labelKinds(value, "segmentation.headerLabels")
            }
            if let value = section["roleTitles"] {
                config.segmentation.roleTitles = try strings(value, "segmentation.roleTitles")
            }
        }
        if let node = top["tokenizer"] {
            let section = try mapping(node, at: "tokenizer")
            try section.expectKeys(["abbreviations", "ordinalNouns"])
            if let value = section["abbreviations"] {
                config.tokenizer.abbreviations = try strings(value, "tokenizer.abbreviations")
            }
            if let value = section["ordinalNouns"] {
                config.tokenizer.ordinalNouns = try strings(value, "tokenizer.ordinalNouns")
            }
        }
        if let node = top["output"] {
            let section = try mapping(node, at: "output")
            try section.expectKeys(["formats", "validate"])
            if let value = section["formats"] { config.output.formats = try formats(value, "output.formats") }
            if let value = section["validate"] { config.output.validate = try bool(value, "output.validate") }
        }
        if let node = top["batch"] {
            let section = try mapping(node, at: "batch")
            try section.expectKeys(["timeoutSeconds", "isolate", "memoryLimitMB", "stopGraceSeconds", "durable"])
            if let value = section["timeoutSeconds"] {
                config.batch.timeoutSeconds = try double(value, "batch.timeoutSeconds", range: 1...86_400)
            }
            if let value = section["isolate"] { config.batch.isolate = try bool(value, "batch.isolate") }
            if let value = section["memoryLimitMB"] {
                config.batch.memoryLimitMB = try int(value, "batch.memoryLimitMB", range: 0...1_048_576)
            }
            if let value = section["stopGraceSeconds"] {
                config.batch.stopGraceSeconds = try double(value, "batch.stopGraceSeconds", range: 0...3600)
            }
            if let value = section["durable"] { config.batch.durable = try bool(value, "batch.durable") }
        }
        return config
    }

    private func ocrOptions(_ node: Node) throws(ConfigError) -> OCROptions {
        var options = OCROptions()
        let section = try mapping(node, at: "ocr")
        try section.expectKeys([
            "mode", "dpi", "language", "minimumCharacters", "maxPixels", "lowConfidence", "threads",
        ])
        if let value = section["mode"] {
            let name = try string(value, "ocr.mode")
            guard let mode = OCROptions.Mode(rawValue: name) else {
                throw fail(value, "ocr.mode must be one of: auto, force, off")
            }
            options.mode = mode
        }
        if let value = section["dpi"] { options.dpi = try int(value, "ocr.dpi", range: 50...1200) }
        if let value = section["language"] { options.language = try string(value, "ocr.language") }
        if let value = section["minimumCharacters"] {
            options.minimumCharacters = try int(value, "ocr.minimumCharacters", range: 0...100_000)
        }
        if let value = section["maxPixels"] {
            options.maxPixels = try int(value, "ocr.maxPixels", range: 100_000...1_000_000_000)
        }
        if let value = section["lowConfidence"] {
            options.lowConfidence = try double(value, "ocr.lowConfidence", range: 0...100)
        }
        if let value = section["threads"] { options.threads = try int(value, "ocr.threads", range: 0...64) }
        return options
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }
}
