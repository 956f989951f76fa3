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

    /// How a run is given the sandbox's credentials: as `--bearer-env`/`--basic-env` give
    /// them, or as an `Authorization` `--header` of the spec's `http` scheme.
    enum CredentialStyle: String, CaseIterable, Sendable {
        case environment, header

        /// The credentials of this style for `document`.
        func credentials(for document: Document) -> Credentials {
            guard self == .header else { return TestSupport.sandboxCredentials }
            let words = Set(document.securitySchemes.values.compactMap { scheme -> String? in
                if case .http(let word) = scheme.kind { return word }
                return nil
            })
            let basic = Data("\(SandboxCredentials.basicUser):\(SandboxCredentials.basicPassword)".utf8).base64EncodedString()
            return Credentials(headers: words.sorted().map { word in
                HeaderField("Authorization", word == "basic" ? "basic \(basic)" : "Bearer \(SandboxCredentials.bearerToken)")
            })
        }
    }

    static func run(_ spec: String, fault: Fault? = nil, style: CredentialStyle = .environment) async throws -> RunResult {
        try await run(spec, fault: fault) { style.credentials(for: $0) }
    }

    /// One spec through the run pipeline, as `conform run` sends it, against a sandbox started
    /// for it (with `fault`); golden files compared only with `golden`, no reports.
    static func run(
        _ spec: String, fault: Fault? = nil, generation: CaseGenerator.Options = .init(seed: 7, randomCount: 5),
        golden: GoldenOptions? = nil, credentials: (Document) -> Credentials
    ) async throws -> RunResult {
        let sandbox = try await SandboxServer.start(fault: fault)
        let (document, _) = try TestSupport.seedSpec(spec, seed: generation.seed, random: generation.randomCount)
        let plan = RunPlan(
            specs: [RunPlan.Spec(document: document, sha256: "")],
            configuration: RunConfiguration(
                target: TargetURL(sandbox.baseURL)!, concurrency: 16, timeout: .seconds(10), budget: .seconds(120),
                credentials: credentials(document)),
            generation: generation, golden: golden)
        let outcome: RunOutcome
        do {
            outcome = try await RunPipeline.run(plan)
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
        return try #require(outcome.results.first)
    }

    @Test(arguments: specs, CredentialStyle.allCases)
    func conformantSandboxHasNoFindings(_ spec: String, style: CredentialStyle) async throws {
        let result = try await SandboxEndToEndTests.run(spec, style: style)
        #expect(result.cases > 0)
        #expect(result.findings.count == 0, "\(String(ConsoleReport.details(of: result).prefix(4000)))")
        #expect(result.errors.count == 0)
        #expect(!result.unreachable)
        // Every operation with cases was exercised, its response checks judging responses.
        for operation in result.operations where !operation.cases.isEmpty {
            #expect(operation.unexercised == nil, "\(operation.id)")
            #expect(operation.coverage.judged[.statusCode, default: 0] > 0, "\(operation.id)")
        }
    }

    @Test func quadernoCreateLocationIsFollowed() async throws {
        let result = try await SandboxEndToEndTests.run("quaderno-checkout-sessions")
        let location = try #require(result.exchanges.first { $0.caseID == "lifecycle:createCheckoutSession:location" })
        #expect(location.operationID == "retrieveCheckoutSession")
        #expect(location.response?.status == 200)
        #expect(location.request.url.hasSuffix(".json"))
    }

    @Test func casesTheClientCannotSendAreListedNotSent() async throws {
        let result = try await SandboxEndToEndTests.run("gr4vy-checkout-sessions", generation: .init(kinds: [.malformed])) { _ in
            TestSupport.sandboxCredentials
        }
        // The three `%FF` path cases (GET and DELETE of a session, PUT of its fields); every
        // other case is sent.
        #expect(result.unsent.map(\.error) == Array(repeating: TransportError(
            .unsendable, "AsyncHTTPClient sends '/' for a path that is not UTF-8 once decoded"), count: 3))
        #expect(result.unsent.allSatisfy { $0.curl.contains("/checkout/sessions/conform%FF") })
        #expect(result.requests == result.cases - 3)
        #expect(result.findings.isEmpty && result.errors.isEmpty)
    }

    @Test(arguments: detectable, CredentialStyle.allCases)
    func plantedFaultIsFoundByItsCheck(_ fault: Fault, style: CredentialStyle) async throws {
        let result = try await SandboxEndToEndTests.run(fault.api, fault: fault, style: style)
        let found = result.findings.filter { $0.check.rawValue == fault.check && $0.operationID == fault.operation }
        #expect(found.count > 0, "\(fault.name): \(String(ConsoleReport.details(of: result).prefix(4000)))")
    }

    /// Without credentials, no secured operation is exercised: each says why, once, and its
    /// response checks judge nothing (they would pass a server that breaks its contract).
    @Test func withoutCredentialsSecuredOperationsAreNotExercised() async throws {
        let result = try await SandboxEndToEndTests.run(
            "gr4vy-checkout-sessions", fault: .gr4vyExpiresAtMissing, generation: .init(seed: 7)
        ) { _ in Credentials() }
        #expect(result.findings.isEmpty)
        let get = try #require(result.operations.first { $0.id == "getCheckoutSession" })
        #expect(get.unexercised == "no case answered: requires credentials this run does not have: bearerAuth")
        #expect(get.coverage.judged[.responseSchema] == nil)
        #expect(get.coverage.judged[.authEnforced, default: 0] > 0)
        #expect(ConsoleReport.verdict(of: result) == "\(result.spec): no findings, but only 0 of 4 operations exercised")
    }
}
