import CPoppler
import Foundation

/// Keeps poppler's global parameters alive for the life of the process.
///
/// Every poppler-glib document holds a counted reference to poppler's globals (the Unicode and font tables it
/// reads from poppler-data) and the last document to close frees them, so a process that opens documents one
/// after another rebuilds them for every file: that was a sixth of the extract stage, more than reading the
/// text of a 5-page file. One empty document, opened once and never closed, holds the count above zero.
enum PopplerGlobals {
    /// Opens the anchor document the first time it is called; later calls cost nothing.
    static func keepAlive() {
        _ = anchor
    }

    /// Whether the anchor document is open (it is unless poppler refused it).
    static var isHeld: Bool { anchor.handle != nil }

    /// Owns the anchor document. It is opened once, never read and never freed, so sharing it between
    /// threads shares nothing poppler would have to guard.
    private final class Anchor: @unchecked Sendable {
        let handle: OpaquePointer?
        let stream: UnsafeMutablePointer<GInputStream>?

        init(pdf: [UInt8]) {
            let bytes = pdf.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
            stream = g_memory_input_stream_new_from_bytes(bytes)
            g_bytes_unref(bytes)
            handle = stream.flatMap { poppler_document_new_from_stream($0, goffset(pdf.count), "", nil, nil) }
        }
    }

    private static let anchor = Anchor(pdf: emptyPDF())

    /// A well-formed one-page PDF with nothing on its page.
    static func emptyPDF() -> [UInt8] {
        minimalPDF(objects: [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >>",
        ])
    }

    /// A PDF of `objects` (numbered from 1, the first the catalog) with a correct cross-reference table, so
    /// poppler opens it without reconstructing anything.
    static func minimalPDF(objects: [String]) -> [UInt8] {
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let table = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            pdf += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Array(pdf.utf8)
    }
}
