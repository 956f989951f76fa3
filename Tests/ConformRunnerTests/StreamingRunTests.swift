import CheckoutSandbox
import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// A run draws its cases as it sends them and keeps only what the reports need of each.
@Suite("Streaming runs", .serialized, .timeLimit(.minutes(5)))
struct StreamingRunTests {
    let document = try! TestSupport.document()

    /// `count` GET /health cases, made only when the run draws them; `drawn` counts them.
    static func healthCases(_ count: Int, drawn: LockedBox<Int>) -> RunCases {
        RunCases(
            draw: { phase in
                var index = 0
                return AnyIterator {
                    guard phase == .reads, index < count else { return nil }
                    defer { index += 1 }
                    drawn.update { $0 += 1 }
                    return (
                        RunCases.Position(group: 0, index: index),
                        RunCase(id: "health/\(index)", operationID: "health", method: "GET", path: "/health")
                    )
                }
            },
            planned: { phase, _ in phase == .reads ? count : 0 })
    }

    func configuration(_ server: TestServer, budget: Duration? = nil, keepsRandomBodies: Bool = true,
        progress: (@Sendable (RunProgress) -> Void)? = nil) -> RunConfiguration {
        RunConfiguration(
            target: TargetURL(server.baseURL)!, concurrency: 4, timeout: .seconds(30), budget: budget,
            checks: [.statusCode], credentials: TestSupport.credentials, progress: progress,
            keepsRandomBodies: keepsRandomBodies)
    }

    @Test func drawsACaseOnlyWhenARequestSlotIsFree() async throws {
        let drawn = LockedBox(0)
        let served = LockedBox(0)
        // For every request as it arrives: cases drawn by then, and requests answered by then.
        let seen = LockedBox<[[Int]]>([])
        let server = try await TestServer.start { _ in
            seen.update { $0.append([drawn.value, served.value]) }
            served.update { $0 += 1 }
            return .json(200, "{}")
        }
        defer { Task { await server.stop() } }
        let result = await Runner(document: document, configuration: configuration(server))
            .run(StreamingRunTests.healthCases(200, drawn: drawn))
        #expect(result.cases == 200 && result.requests == 200 && result.findings.isEmpty)
        #expect(drawn.value == 200)
        // A case is drawn when one of the 4 requests in flight has come back, never before.
        #expect(seen.value.allSatisfy { $0[0] <= $0[1] + 4 })
        #expect(result.operations.first { $0.id == "health" }?.cases.count == 200)
    }

    @Test func casesTheBudgetLeavesNoTimeForAreDrawnAndCountedSkipped() async throws {
        let server = try await TestServer.start { _ in .hang }
        defer { Task { await server.stop() } }
        let updates = LockedBox<[RunProgress]>([])
        let drawn = LockedBox(0)
        let result = await Runner(
            document: document,
            configuration: configuration(server, budget: .seconds(1), progress: { progress in updates.update { $0.append(progress) } })
        ).run(StreamingRunTests.healthCases(40, drawn: drawn))
        #expect(result.cases == 40 && drawn.value == 40)
        #expect(result.skipped == 36)
        #expect(result.errors.count == 4 && result.errors.allSatisfy { $0.error.kind == .timeout })
        #expect(result.operations.first { $0.id == "health" }?.cases.map(\.id) == (0..<40).map { "health/\($0)" })
        #expect(updates.value.count == 40)
        #expect(updates.value.last.map { [$0.done, $0.total, $0.requests] } == [40, 40, 4])
    }

    @Test(arguments: [false, true])
    func passingRandomCasesLeaveOnlyTheirTally(keepsRandomBodies: Bool) async throws {
        let server = try await TestServer.start { _ in .json(200, "{}") }
        defer { Task { await server.stop() } }
        let generator = CaseGenerator(
            document: document, validator: SchemaValidator(documents: document.documents),
            options: CaseGenerator.Options(seed: 3, randomCount: 30))
        let health = document.operations.filter { $0.id == "health" }
        let result = await Runner(
            document: document, configuration: configuration(server, keepsRandomBodies: keepsRandomBodies),
            shrinker: generator
        ).run(RunCases(generator: generator, operations: health))
        let coverage = generator.cases(for: health[0]).cases.count - 30
        #expect(result.cases == coverage + 30 && result.requests == coverage + 30)
        #expect(result.exchanges.count == (keepsRandomBodies ? coverage + 30 : coverage))
        #expect(result.exchanges.allSatisfy { keepsRandomBodies || $0.seed == nil })
        let timing = Timing.SpecTiming(result).operations.first { $0.id == "health" }
        #expect(timing?.requests == coverage + 30 && timing?.latencyBuckets.reduce(0, +) == coverage + 30)
        #expect(result.operations.first { $0.id == "health" }?.cases.filter { $0.kind == "random" }.count == 30)
    }

    /// The report of one run of a seed spec with a fault, its cases drawn lazily or listed up
    /// front.
    static func report(lazily: Bool, sandbox: RunningSandbox) async throws -> Report {
        let (document, generator) = try TestSupport.seedSpec("dodo-checkouts", seed: 11, random: 20)
        let configuration = RunConfiguration(
            target: TargetURL(sandbox.baseURL)!, concurrency: 8, timeout: .seconds(10),
            credentials: TestSupport.sandboxCredentials, keepsRandomBodies: false)
        let runner = Runner(document: document, configuration: configuration, shrinker: generator)
        let result = lazily
            ? await runner.run(RunCases(generator: generator, operations: document.operations))
            : await runner.run(generator.allCases().cases.map(RunCase.init))
        let run = Report.RunInfo(
            target: "sandbox", seed: 11, random: 20, shard: nil, checks: CheckName.allCases.map(\.rawValue),
            failOn: CheckName.allCases.map(\.rawValue), baseline: nil)
        var report = Report(results: [result], run: run, digests: [document.file: "digest"], gate: Gate())
        report.timing = Timing(seconds: 0, specs: [])
        return report
    }

    @Test func drawnLazilyOrListedUpFrontTheReportIsTheSame() async throws {
        let sandbox = try await SandboxServer.start(fault: .dodoInt32Overflow)
        let listed = try await StreamingRunTests.report(lazily: false, sandbox: sandbox)
        let lazy = try await StreamingRunTests.report(lazily: true, sandbox: sandbox)
        await sandbox.stop()
        #expect(listed.totals.findings > 0, "the fault should show")
        #expect(lazy.json() == listed.json())
    }
}
