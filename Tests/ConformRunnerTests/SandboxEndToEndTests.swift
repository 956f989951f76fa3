import CheckoutSandbox
import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// The four seed specs against the in-process sandbox: zero findings on the conformant
/// server, and each planted fault found by the check meant for it.
@Suite("End to end against the sandbox", .serialized, .timeLimit(.minutes(5)))
struct SandboxEndToEndTests {
    static let specs = ["stripe-checkout", "gr4vy-checkout-sessions", "dodo-checkouts", "quaderno-checkout-sessions"]

    /// Faults a single run of the generated cases can show; `golden` faults need a golden
    /// comparison (GoldenEndToEndTests).
    static let detectable = Fault.allCases.filter { $0.check != "golden" }

    static func run(_ spec: String, fault: Fault? = nil) async throws -> RunResult {
        let sandbox = try await SandboxServer.start(fault: fault)
        let (document, generator) = try TestSupport.seedSpec(spec, seed: 7, random: 5)
        let configuration = RunConfiguration(
            target: TargetURL(sandbox.baseURL)!, concurrency: 16, timeout: .seconds(10), budget: .seconds(120),
            credentials: TestSupport.sandboxCredentials)
        let result = await Runner(document: document, configuration: configuration, shrinker: generator)
            .run(RunCases(generator: generator, operations: document.operations))
        await sandbox.stop()
        return result
    }

    @Test(arguments: specs)
    func conformantSandboxHasNoFindings(_ spec: String) async throws {
        let result = try await SandboxEndToEndTests.run(spec)
        #expect(result.cases > 0)
        #expect(result.findings.count == 0, "\(String(ConsoleReport.details(of: result).prefix(4000)))")
        #expect(result.errors.count == 0)
        #expect(!result.unreachable)
    }

    @Test func casesTheClientCannotSendAreListedNotSent() async throws {
        let sandbox = try await SandboxServer.start()
        let (document, _) = try TestSupport.seedSpec("gr4vy-checkout-sessions", seed: 7, random: 0)
        let generator = CaseGenerator(
            document: document, validator: SchemaValidator(documents: document.documents), options: .init(kinds: [.malformed]))
        let configuration = RunConfiguration(
            target: TargetURL(sandbox.baseURL)!, concurrency: 4, credentials: TestSupport.sandboxCredentials)
        let result = await Runner(document: document, configuration: configuration, shrinker: generator)
            .run(RunCases(generator: generator, operations: document.operations))
        await sandbox.stop()
        // The two `%FF` path cases (GET and DELETE of a session); every other case is sent.
        #expect(result.unsent.map(\.error) == Array(repeating: TransportError(
            .unsendable, "AsyncHTTPClient sends '/' for a path that is not UTF-8 once decoded"), count: 2))
        #expect(result.unsent.allSatisfy { $0.curl.contains("/checkout/sessions/conform%FF") })
        #expect(result.requests == result.cases - 2)
        #expect(result.findings.isEmpty && result.errors.isEmpty)
    }

    @Test(arguments: detectable)
    func plantedFaultIsFoundByItsCheck(_ fault: Fault) async throws {
        let result = try await SandboxEndToEndTests.run(fault.api, fault: fault)
        let found = result.findings.filter { $0.check.rawValue == fault.check && $0.operationID == fault.operation }
        #expect(found.count > 0, "\(fault.name): \(String(ConsoleReport.details(of: result).prefix(4000)))")
    }
}
