import DocumentModel
import Extraction
import Foundation

/// A file's size and modification time: the cheap test of "unchanged" before any hashing.
public struct FileStamp: Sendable, Equatable {
    public var size: Int64
    public var mtimeNanoseconds: Int64

    /// The stamp of the file at `path` (following a symbolic link to a file), or nil if it cannot be read.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let nanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return FileStamp(size: Int64(info.st_size), mtimeNanoseconds: nanoseconds)
    }
}

/// What this run must do: the documents to convert, the ones it may skip, and the ledger's documents whose
/// input has disappeared. Skipping needs the same configuration hash and Referent version, a last
/// conversion that succeeded, every output present, and the same content: a size and mtime equal to the
/// ledger's answer that without reading the file; otherwise the file is hashed, and an equal hash only
/// refreshes the stamp (a `touch` or a copy must not redo the work).
public struct IncrementalPlan: Sendable {
    public var convert: [InputDocument] = []
    public var skip: [(document: InputDocument, entry: LedgerEntry)] = []
    /// Skipped documents whose stamp changed but whose content did not: their new stamp.
    public var restamp: [(relativePath: String, stamp: FileStamp)] = []
    /// Ledger entries whose input is no longer among the inputs.
    public var missing: [LedgerEntry] = []
    /// The stamp of each document to convert, taken before it is read (a change during the run is seen
    /// next time).
    public var stamps: [String: FileStamp] = [:]

    /// The documents to convert, largest file first (ties in input order): a batch that meets its biggest
    /// PDF (often a scan, OCRed page by page) last waits for it with every other core idle.
    public var largestFirst: [InputDocument] {
        let size = { (document: InputDocument) in stamps[document.relativePath]?.size ?? 0 }
        return convert.enumerated().sorted { first, second in
            let (a, b) = (size(first.element), size(second.element))
            return a != b ? a > b : first.offset < second.offset
        }.map(\.element)
    }

    /// Plans a run. `outputsExist` tells whether every output of a relative path is on disk.
    public init(
        documents: [InputDocument], entries: [String: LedgerEntry], configHash: String,
        version: String = ReferentVersion.version, force: Bool, outputsExist: (String) -> Bool
    ) {
        let present = Set(documents.map(\.relativePath))
        missing = entries.values.filter { !present.contains($0.relativePath) }.sorted {
            $0.relativePath < $1.relativePath
        }
        for document in documents {
            let stamp = FileStamp.of(document.path)
            if let stamp { stamps[document.relativePath] = stamp }
            guard !force, let stamp, let entry = entries[document.relativePath], entry.status == "converted",
                entry.configHash == configHash, entry.version == version, outputsExist(document.relativePath)
            else {
                convert.append(document)
                continue
            }
            if entry.size == stamp.size && entry.mtimeNanoseconds == stamp.mtimeNanoseconds {
                skip.append((document, entry))
            } else if entry.size == stamp.size, let hash = Self.hash(document.path), hash == entry.sha256 {
                skip.append((document, entry))
                restamp.append((document.relativePath, stamp))
            } else {
                convert.append(document)
            }
        }
    }

    /// SHA-256 of a file, read through a memory map so a large PDF is not copied.
    static func hash(_ path: String) -> String? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            return nil
        }
        return sha256Hex(of: data)
    }
}
