import CPoppler
import DocumentModel
import Foundation

/// Owns one poppler document and the bytes it reads from. Poppler allows one document per thread, so an
/// instance must stay on the thread that opened it; it is not Sendable.
final class PopplerDocument {
    private let handle: OpaquePointer
    /// The stream poppler reads from lazily; it keeps the bytes alive and must outlive the document.
    private let stream: UnsafeMutablePointer<GInputStream>

    /// Opens a PDF from memory. An empty password is tried when none is given, so PDFs encrypted only
    /// against editing open as they do in any viewer.
    init(data: Data, password: String?, file: String) throws(ReferentError) {
        guard !data.isEmpty else { throw ReferentError(.emptyFile, file: file, message: "the file is empty (0 bytes)") }
        PopplerGlobals.keepAlive()
        let gbytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        guard let gbytes else { throw ReferentError(.unreadable, file: file, message: "could not copy the file") }
        // Not `poppler_document_new_from_bytes`: in poppler 22.12 it dereferences null when the document is
        // encrypted and the password is wrong. A memory stream over the same bytes fails cleanly.
        let memoryStream = g_memory_input_stream_new_from_bytes(gbytes)
        g_bytes_unref(gbytes)
        guard let memoryStream else { throw ReferentError(.unreadable, file: file, message: "could not read the file") }
        var error: UnsafeMutablePointer<GError>?
        let document = poppler_document_new_from_stream(memoryStream, goffset(data.count), password ?? "", nil, &error)
        if let document {
            _ = GLib.take(error)
            handle = document
            stream = memoryStream
            return
        }
        g_object_unref(memoryStream)
        throw Self.openError(GLib.take(error), data: data, file: file, passwordGiven: password != nil)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
        g_object_unref(stream)
    }

    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    func page(at index: Int) -> PopplerPage? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        return PopplerPage(handle: page)
    }

    var metadata: DocumentMetadata {
        DocumentMetadata(
            title: GLib.takeString(poppler_document_get_title(handle)),
            author: GLib.takeString(poppler_document_get_author(handle)),
            subject: GLib.takeString(poppler_document_get_subject(handle)),
            creator: GLib.takeString(poppler_document_get_creator(handle)),
            producer: GLib.takeString(poppler_document_get_producer(handle)),
            created: Self.isoDate(poppler_document_get_creation_date(handle)),
            modified: Self.isoDate(poppler_document_get_modification_date(handle)))
    }

    /// ISO 8601 in UTC; poppler reports a missing date as -1. Formatted by hand: a Foundation date formatter
    /// per document cost more than reading a page, and `String(format:)` still showed in profiles.
    private static func isoDate(_ time: time_t) -> String? {
        guard time > 0 else { return nil }
        var seconds = time
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return nil }
        let year = pad(Int(parts.tm_year) + 1900, 4)
        let date = "\(year)-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2))"
        return "\(date)T\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2))Z"
    }

    /// `%0*d` for the non-negative fields of a date after 1970, without `String(format:)`.
    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func openError(
        _ info: GLib.ErrorInfo?, data: Data, file: String, passwordGiven: Bool
    ) -> ReferentError {
        if !data.starts(with: Array("%PDF".utf8)), data.prefix(1024).range(of: Data("%PDF".utf8)) == nil {
            return ReferentError(.notAPDF, file: file, message: "not a PDF (no %PDF header)")
        }
        let detail = info?.message ?? "poppler could not open it"
        if info?.domainIsPoppler == true, info?.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            let what = passwordGiven ? "the password was not accepted" : "it needs a password"
            return ReferentError(.encrypted, file: file, message: "encrypted PDF: \(what)")
        }
        return ReferentError(.damaged, file: file, message: "damaged PDF: \(detail)")
    }
}
