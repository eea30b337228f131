import DocumentModel
import Foundation
import Pipeline
import Testing

@testable import Emit

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Every output Referent writes must validate against the schemas it ships: the JSON against
/// `schemas/referent-1.schema.json`, the XML against `schemas/referent-1.xsd`.
@Suite struct SchemaConformanceTests {
    static let jsonSchema = try? JSONSchemaSubset(
        contentsOf: repositoryRoot.appendingPathComponent("schemas/referent-1.schema.json"))

    static func fixturePDFs() -> [String] {
        let root = repositoryRoot.appendingPathComponent("fixtures/pdf")
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".pdf") }.sorted()
    }

    @Test func theSampleDocumentValidatesAsJSON() throws {
        let schema = try #require(Self.jsonSchema)
        let data = JSONWriter.data(OutputContract.value(of: OutputContractTests.sampleDocument()))
        #expect(schema.errors(in: try JSONSerialization.jsonObject(with: data)) == [])
    }

    @Test func theValidatorCatchesViolations() throws {
        let schema = try #require(Self.jsonSchema)
        let data = JSONWriter.data(OutputContract.value(of: OutputContractTests.sampleDocument()))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["extra"] = 1
        var meeting = try #require(object["meeting"] as? [String: Any])
        meeting["date"] = "16. januar 2020"
        object["meeting"] = meeting
        object.removeValue(forKey: "pages")
        let errors = schema.errors(in: object)
        #expect(errors.contains { $0.contains("unexpected extra") })
        #expect(errors.contains { $0.contains("/meeting/date") })
        #expect(errors.contains { $0.contains("missing pages") })
    }

    @Test(arguments: fixturePDFs())
    func fixtureOutputsValidateAgainstBothSchemas(pdf: String) throws {
        let schema = try #require(Self.jsonSchema)
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("fixtures/pdf/\(pdf)"))
        let document: Document
        do {
            document = try DocumentPipeline(config: PipelineConfig()).convert(data: data, file: pdf).document
        } catch {
            #expect(error.reason == .encrypted, "only the password-protected fixture may fail: \(error)")
            return
        }
        let value = OutputContract.value(of: document)
        #expect(schema.errors(in: try JSONSerialization.jsonObject(with: JSONWriter.data(value))) == [])
        #expect(try XMLSchemaValidator.forContract().errors(in: XMLWriter.data(value)) == [])
    }
}
