import CPoppler

/// The one place that turns glib's ownership conventions into Swift values.
enum GLib {
    /// A GError taken out of its out-parameter and freed.
    struct ErrorInfo {
        var domainIsPoppler: Bool
        var code: Int32
        var message: String
    }

    /// Reads and frees a GError; nil when none was set.
    static func take(_ error: UnsafeMutablePointer<GError>?) -> ErrorInfo? {
        guard let error else { return nil }
        defer { g_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        return ErrorInfo(
            domainIsPoppler: error.pointee.domain == poppler_error_quark(), code: error.pointee.code,
            message: message)
    }

    /// Copies a newly allocated gchar string into Swift and frees it; empty strings become nil.
    static func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        let value = String(cString: pointer)
        return value.isEmpty ? nil : value
    }
}
