import CPoppler
import Foundation

/// SHA-256 of a file's bytes, through glib (already linked for poppler), as lowercase hex.
public func sha256Hex(of data: Data) -> String {
    data.withUnsafeBytes { buffer -> String in
        let base = buffer.baseAddress?.assumingMemoryBound(to: guchar.self)
        let digest = g_compute_checksum_for_data(referent_sha256_type(), base, gsize(buffer.count))
        return GLib.takeString(digest) ?? ""
    }
}
