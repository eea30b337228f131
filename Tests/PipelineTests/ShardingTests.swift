import Foundation
import Testing

@testable import Pipeline

@Suite struct ShardingTests {
    @Test func parsesKOfNAndRefusesNonsense() throws {
        let shard = try Shard(parsing: "2/8")
        #expect(shard.index == 2 && shard.count == 8 && shard.fileTag == "2of8")
        for bad in ["8/8", "-1/4", "1", "a/b", "1/0", "1/2/3"] {
            #expect(throws: Shard.ParseError.self) { try Shard(parsing: bad) }
        }
    }

    @Test func aLedgerNamesTheLockItsRunsHold() throws {
        for shard in [nil, try Shard(parsing: "2/8")] {
            let ledger = (NightlyRun.ledgerPath("/out", shard: shard) as NSString).lastPathComponent
            let lock = (NightlyRun.lockPath("/out", shard: shard) as NSString).lastPathComponent
            #expect(NightlyRun.lockName(forLedger: ledger) == lock)
        }
        #expect(NightlyRun.lockName(forLedger: "runs") == nil)
    }

    @Test func theHashIsStableAcrossProcesses() {
        // FNV-1a test vectors: a seeded Hasher would differ from run to run.
        #expect(Shard.stableHash("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.stableHash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.key("sub/møde 1.PDF") == "sub/møde 1")
        #expect(Shard.key("sub.d/x") == "sub.d/x")
    }

    @Test func shardsCoverTheCorpusExactlyOnce() throws {
        let paths = (0..<2000).map { "kommune-\($0 % 7)/referat-\($0).pdf" }
        for count in [1, 2, 3, 8] {
            let shards = try (0..<count).map { try Shard(index: $0, count: count) }
            var seen = 0
            for path in paths {
                let owners = shards.filter { $0.contains(relativePath: path) }
                #expect(owners.count == 1)
                seen += owners.count
            }
            #expect(seen == paths.count)
            if count == 8 {
                let sizes = shards.map { shard in paths.count { shard.contains(relativePath: $0) } }
                #expect(sizes.allSatisfy { $0 > 150 && $0 < 350 }, "a fair split: \(sizes)")
            }
        }
    }

    @Test func aStrayTemporaryIsTracedToItsOutput() {
        #expect(OutputWriter.outputPath(ofTemporary: "sub/.x y.json.\(UUID().uuidString).tmp") == "sub/x y.json")
        #expect(OutputWriter.outputPath(ofTemporary: ".a.xml.\(UUID().uuidString).tmp") == "a.xml")
        #expect(OutputWriter.outputPath(ofTemporary: "sub/.notes.tmp") == nil)
        #expect(OutputWriter.outputPath(ofTemporary: "sub/x.json") == nil)
    }
}
