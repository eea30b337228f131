import CLibXML2
import Foundation

/// Writes an `OutputValue` as XML through libxml2, which does the escaping: objects become elements with
/// one child per key, arrays a container whose children take the singular name, null an empty element
/// with `xsi:nil="true"`.
public enum XMLWriter {
    static let rootName = "document"
    static let instanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    /// Element names of array members, by the array's key.
    static let memberNames: [String: String] = [
        "participants": "participant", "fields": "field", "items": "item", "subitems": "subitem",
        "sections": "section", "attachments": "attachment", "links": "link", "pages": "page",
        "furniture": "line", "diagnostics": "diagnostic",
    ]

    public static func data(_ value: OutputValue) -> Data {
        LibXML.initialise()
        guard let document = LibXML.string("1.0", xmlNewDoc) else { return Data() }
        defer { xmlFreeDoc(document) }
        let root = LibXML.string(rootName) { xmlNewNode(nil, $0) }
        xmlDocSetRootElement(document, root)
        let xsi = LibXML.string(instanceNamespace) { uri in LibXML.string("xsi") { xmlNewNs(root, uri, $0) } }
        if case .object(let pairs) = value, let root {
            for (key, child) in pairs { append(child, named: key, to: root, xsi: xsi) }
        }
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &buffer, &size, "UTF-8", 1)
        guard let buffer else { return Data() }
        defer { referent_xml_free(buffer) }
        return Data(bytes: buffer, count: Int(size))
    }

    private static func append(_ value: OutputValue, named name: String, to parent: xmlNodePtr, xsi: xmlNsPtr?) {
        switch value {
        case .object(let pairs):
            guard let node = element(name, in: parent, text: nil) else { return }
            for (key, child) in pairs { append(child, named: key, to: node, xsi: xsi) }
        case .array(let elements):
            guard let node = element(name, in: parent, text: nil) else { return }
            let member = memberNames[name] ?? "value"
            for element in elements { append(element, named: member, to: node, xsi: xsi) }
        case .null:
            let node = element(name, in: parent, text: nil)
            LibXML.string("nil") { key in LibXML.string("true") { _ = xmlNewNsProp(node, xsi, key, $0) } }
        case .string(let text): element(name, in: parent, text: text)
        case .int(let number): element(name, in: parent, text: String(number))
        case .double(let number):
            element(
                name, in: parent,
                text: number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
        case .bool(let flag): element(name, in: parent, text: flag ? "true" : "false")
        }
    }

    /// A child element; `xmlNewTextChild` escapes the text.
    @discardableResult
    private static func element(_ name: String, in parent: xmlNodePtr, text: String?) -> xmlNodePtr? {
        LibXML.string(name) { elementName in
            guard let text else { return xmlNewChild(parent, nil, elementName, nil) }
            return LibXML.string(text) { xmlNewTextChild(parent, nil, elementName, $0) }
        }
    }
}

/// libxml2's process-wide set-up and its string type.
enum LibXML {
    private static let initialised: Void = { xmlInitParser() }()

    static func initialise() { _ = initialised }

    /// Lends a Swift string to libxml2 as `xmlChar*`; libxml2 copies what it keeps.
    static func string<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        string.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }
}
