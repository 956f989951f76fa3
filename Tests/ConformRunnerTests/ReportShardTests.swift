import CheckoutSandbox
import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// Shards 1/3, 2/3 and 3/3 of a run against the sandbox, merged, give the unsharded run's
/// report, timings aside.
@Suite("Sharded runs merge", .serialized, .timeLimit(.minutes(5)))
struct ReportShardTests {
    static let spec = "dodo-checkouts"
    static let fault = Fault.dodoInt32Overflow

    /// One shard's report (or the whole run's) against a running sandbox.
    static func report(shard: CaseGenerator.Shard?, sandbox: RunningSandbox) async throws -> Report {
        let (document, generator) = try TestSupport.seedSpec(spec, seed: 7, random: 3)
        let configuration = RunConfiguration(
            target: TargetURL(sandbox.baseURL)!, concurrency: 8, timeout: .seconds(10),
            credentials: TestSupport.sandboxCredentials, shard: shard)
        let result = await Runner(document: document, configuration: configuration, shrinker: generator)
            .run(RunCases(generator: generator, operations: document.operations))
        let run = Report.RunInfo(
            target: "sandbox", seed: 7, random: 3, shard: shard.map { Report.ShardInfo(index: $0.index, count: $0.count) },
            checks: CheckName.allCases.map(\.rawValue), failOn: CheckName.allCases.map(\.rawValue), baseline: nil)
        return Report(results: [result], run: run, digests: [document.file: "digest"], gate: Gate())
    }

    @Test func threeShardsMergeIntoTheUnshardedReport() async throws {
        // One sandbox for all four runs: the curl lines name its port.
        let sandbox = try await SandboxServer.start(fault: ReportShardTests.fault)
        let whole = try await ReportShardTests.report(shard: nil, sandbox: sandbox)
        var shards: [Report] = []
        for index in 1...3 {
            shards.append(try await ReportShardTests.report(shard: CaseGenerator.Shard(index: index, count: 3), sandbox: sandbox))
        }
        await sandbox.stop()
        #expect(whole.totals.findings > 0, "the fault should show")
        #expect(shards.allSatisfy { $0.totals.cases < whole.totals.cases })
        var merged = try Report(merging: shards)
        #expect(merged.timing.specs[0].operations.map(\.requests) == whole.timing.specs[0].operations.map(\.requests))
        merged.timing = whole.timing
        #expect(merged.json() == whole.json())
        let writer = ReportWriter(directory: "unused")
        #expect(writer.files(for: merged).map(\.text) == writer.files(for: whole).map(\.text))
    }

    @Test func mergeRefusesIncompleteOrMixedShards() async throws {
        var one = ReportFixture.report()
        one.run.shard = Report.ShardInfo(index: 1, count: 2)
        #expect(throws: MergeError.self) { try Report(merging: [one]) }
        var other = one
        other.run.shard = Report.ShardInfo(index: 2, count: 2)
        other.run.seed = 1
        #expect(throws: MergeError.self) { try Report(merging: [one, other]) }
    }
}
