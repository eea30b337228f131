/// One slice of the input for scale-out: `--shard K/N` converts the documents whose stable hash modulo N is K,
/// so N runs under an existing scheduler (a Kubernetes Indexed Job, a Slurm array, GNU parallel) cover a
/// corpus exactly once. The hash is FNV-1a over the UTF-8 bytes of the output's base path, never Swift's
/// `Hasher`, which is seeded per process and would give every machine a different split.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// Why a `K/N` specification was refused.
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// This shard's number, 0-based (Kubernetes' `JOB_COMPLETION_INDEX` can be passed as is).
    public let index: Int
    /// How many shards share the corpus.
    public let count: Int

    public init(index: Int, count: Int) throws(ParseError) {
        guard count >= 1, (0..<count).contains(index) else {
            throw ParseError(description: "--shard K/N needs N ≥ 1 and 0 ≤ K < N (got \(index)/\(count))")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ParseError(description: "--shard expects K/N, e.g. 0/4 (got '\(text)')")
        }
        try self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// A name for files that belong to this shard alone (its ledger and lock): `2of8`.
    public var fileTag: String { "\(index)of\(count)" }

    /// Whether this shard converts the document with this relative path.
    public func contains(relativePath: String) -> Bool {
        Int(Self.stableHash(Self.key(relativePath)) % UInt64(count)) == index
    }

    /// The shard key: the relative path without its extension, which is also the output's base path, so
    /// that a stray temporary output can be traced to its shard too.
    static func key(_ relativePath: String) -> String {
        guard let dot = relativePath.lastIndex(of: "."), !relativePath[dot...].contains("/") else {
            return relativePath
        }
        return String(relativePath[..<dot])
    }

    /// 64-bit FNV-1a: tiny, stable across machines, processes and Swift versions.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
