import CLibXML2
import Foundation

/// Validates XML against an XSD with libxml2. The parsed schema is read-only and shared; each validation
/// gets its own context, so one validator serves concurrent documents.
public final class XMLSchemaValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Loads and compiles the XSD at `path`.
    public init(xsdPath: String) throws(SchemaError) {
        LibXML.initialise()
        guard let parser = xmlSchemaNewParserCtxt(xsdPath) else {
            throw SchemaError(messages: ["cannot read \(xsdPath)"])
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        guard let schema = xmlSchemaParse(parser) else {
            throw SchemaError(messages: ["\(xsdPath) is not a valid XSD"])
        }
        self.schema = schema
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// The validation errors for `xml`; empty when it is valid.
    public func errors(in xml: Data) -> [String] {
        let document: xmlDocPtr? = xml.withUnsafeBytes { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlReadMemory(
                    $0.baseAddress, Int32($0.count), "output.xml", "UTF-8",
                    Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
            }
        }
        guard let document else { return ["the XML is not well-formed"] }
        defer { xmlFreeDoc(document) }
        guard let context = xmlSchemaNewValidCtxt(schema) else { return ["cannot create a validation context"] }
        defer { xmlSchemaFreeValidCtxt(context) }

        let collector = ErrorCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSchemaSetValidStructuredErrors(
            context,
            { userData, error in
                guard let userData, let error else { return }
                let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
                let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
                collector.messages.append(
                    "line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
            }, unmanaged.toOpaque())
        let result = xmlSchemaValidateDoc(context, document)
        if result != 0, collector.messages.isEmpty { collector.messages.append("invalid (libxml2 code \(result))") }
        return collector.messages
    }
}

/// Why a schema could not be loaded.
public struct SchemaError: Error, Sendable {
    public var messages: [String]
}

private final class ErrorCollector {
    var messages: [String] = []
}

extension XMLSchemaValidator {
    /// The XSD of the output contract, shipped with the program (`schemas/referent-1.xsd` in the repository).
    public static var contractXSDPath: String? {
        Bundle.module.url(forResource: "referent-1", withExtension: "xsd", subdirectory: "Schemas")?.path
    }

    /// A validator for the output contract.
    public static func forContract() throws(SchemaError) -> XMLSchemaValidator {
        guard let path = contractXSDPath else { throw SchemaError(messages: ["the contract XSD is not installed"]) }
        return try XMLSchemaValidator(xsdPath: path)
    }
}
