import Foundation
import GRDB

/// Why the ledger could not be opened or written.
public struct LedgerError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// What the ledger knows about one document: the file it was read from, its content and the configuration
/// and version it was converted under, and how that went.
public struct LedgerEntry: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "document"

    /// The key: the path relative to the input folder, which is also where its outputs live.
    public var relativePath: String
    /// The path as given on the command line.
    public var input: String
    public var size: Int64
    public var mtimeNanoseconds: Int64
    /// SHA-256 of the bytes converted; nil when the document failed before they were read.
    public var sha256: String?
    public var configHash: String
    public var version: String
    /// `converted` or `failed`.
    public var status: String
    public var error: String?
    public var pages: Int
    public var seconds: Double
    /// Stage timings as a JSON object (stage → seconds).
    public var timings: String
    public var runId: String
    public var updatedAt: Date
}

/// One run as the ledger saw it: a row is written at the start and completed at the end, so a run that was
/// killed shows as started and never finished.
public struct LedgerRun: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "run"

    public var id: String
    public var started: Date
    public var finished: Date?
    public var summary: String?
}

/// The run ledger, `OUT/.referent/ledger.sqlite`: the memory that lets a nightly run do only the new work.
/// A document is recorded only once its outputs are in place (documents that finish together share one
/// transaction), so a run killed at any moment leaves a ledger that is true of the files on disk.
public final class Ledger: Sendable {
    public let path: String
    private let database: DatabaseQueue

    public init(path: String) throws(LedgerError) {
        self.path = path
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            // WAL with synchronous=NORMAL: a commit costs no fsync, and a killed process (SIGKILL included)
            // loses nothing committed; only a power cut may lose the last commits, never corrupt the file.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
            }
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw LedgerError(path: path, message: "cannot open the ledger: \(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: LedgerEntry.databaseTableName) { table in
                table.primaryKey("relativePath", .text)
                table.column("input", .text).notNull()
                table.column("size", .integer).notNull()
                table.column("mtimeNanoseconds", .integer).notNull()
                table.column("sha256", .text)
                table.column("configHash", .text).notNull()
                table.column("version", .text).notNull()
                table.column("status", .text).notNull().indexed()
                table.column("error", .text)
                table.column("pages", .integer).notNull()
                table.column("seconds", .double).notNull()
                table.column("timings", .text).notNull()
                table.column("runId", .text).notNull()
                table.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: LedgerRun.databaseTableName) { table in
                table.primaryKey("id", .text)
                table.column("started", .datetime).notNull()
                table.column("finished", .datetime)
                table.column("summary", .text)
            }
        }
        return migrator
    }

    /// Every document, keyed by relative path.
    public func entries() throws(LedgerError) -> [String: LedgerEntry] {
        let all = try read { db in try LedgerEntry.fetchAll(db) }
        return Dictionary(all.map { ($0.relativePath, $0) }, uniquingKeysWith: { $1 })
    }

    /// The documents whose last conversion failed.
    public func failures() throws(LedgerError) -> [LedgerEntry] {
        try read { db in
            try LedgerEntry.filter(Column("status") == "failed").order(Column("relativePath")).fetchAll(db)
        }
    }

    /// Inserts or replaces one document's entry.
    public func record(_ entry: LedgerEntry) throws(LedgerError) {
        try write { db in try entry.upsert(db) }
    }

    /// Inserts or replaces many entries in one transaction (an import, a test).
    public func record(_ entries: [LedgerEntry]) throws(LedgerError) {
        try write { db in
            for entry in entries { try entry.upsert(db) }
        }
    }

    /// Records, in one transaction, files whose size or mtime changed while their content did not.
    public func restamp(_ stamps: [(relativePath: String, stamp: FileStamp)]) throws(LedgerError) {
        guard !stamps.isEmpty else { return }
        try write { db in
            for (relativePath, stamp) in stamps {
                try db.execute(
                    sql: "UPDATE document SET size = ?, mtimeNanoseconds = ? WHERE relativePath = ?",
                    arguments: [stamp.size, stamp.mtimeNanoseconds, relativePath])
            }
        }
    }

    /// Forgets documents (after `--prune` removed their outputs).
    public func remove(_ relativePaths: [String]) throws(LedgerError) {
        try write { db in _ = try LedgerEntry.deleteAll(db, keys: relativePaths) }
    }

    /// Writes or completes a run's row.
    public func record(_ run: LedgerRun) throws(LedgerError) {
        try write { db in try run.upsert(db) }
    }

    /// The most recent runs, newest first.
    public func runs(limit: Int) throws(LedgerError) -> [LedgerRun] {
        try read { db in try LedgerRun.order(Column("started").desc).limit(limit).fetchAll(db) }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(LedgerError) -> T {
        do { return try database.read(body) } catch { throw LedgerError(path: path, message: "\(error)") }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(LedgerError) -> T {
        do { return try database.write(body) } catch { throw LedgerError(path: path, message: "\(error)") }
    }
}
