import CheckoutSandbox
import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// Golden files against the in-process sandbox: record, compare, catch the faults no schema
/// check sees, stay stable while ids and timestamps change.
@Suite("Golden end to end", .serialized, .timeLimit(.minutes(5)))
struct GoldenEndToEndTests {
    /// The four seed specs' goldens as committed in `golden/`, or a temporary copy.
    static let repositoryGolden = URL(fileURLWithPath: TestSupport.spec("")).deletingLastPathComponent()
        .appendingPathComponent("golden").path

    /// A fresh folder holding only `normalize.yaml` of each seed spec.
    static func goldenFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conform-golden-\(UUID().uuidString)")
        for spec in SandboxEndToEndTests.specs {
            let target = folder.appendingPathComponent(spec)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: repositoryGolden + "/\(spec)/normalize.yaml", toPath: target.appendingPathComponent("normalize.yaml").path)
        }
        return folder.path
    }

    /// One golden-judged run of `spec` against a fresh sandbox, as `conform run` makes it.
    /// The committed goldens were recorded without `--seed`, so they hold no random cases.
    static func run(
        _ spec: String, golden: String, mode: RecordMode, fault: Fault? = nil, seedFixed: Bool = true,
        actualRoot: String? = nil
    ) async throws -> RunResult {
        // Judged inside the pipeline: its results come back with their bodies dropped.
        let options = GoldenOptions(store: GoldenStore(root: golden), mode: mode, seedFixed: seedFixed, actualRoot: actualRoot)
        return try await SandboxEndToEndTests.run(spec, fault: fault, golden: options) { SandboxEndToEndTests.CredentialStyle.environment.credentials(for: $0) }
    }

    static func goldenFindings(_ result: RunResult) -> [Finding] { result.findings.filter { $0.check == .goldenMismatch } }

    @Test(arguments: SandboxEndToEndTests.specs)
    func recordThenCompareTwiceWithNever(_ spec: String) async throws {
        let golden = try Self.goldenFolder()
        let recorded = try await Self.run(spec, golden: golden, mode: .missing)
        #expect((recorded.golden?.recorded ?? 0) > 0)
        #expect(recorded.golden?.mismatched == 0)
        #expect(Self.goldenFindings(recorded).isEmpty)
        // Two later runs, new ids and timestamps each time, compare clean.
        for _ in 0..<2 {
            let compared = try await Self.run(spec, golden: golden, mode: .never)
            #expect(compared.golden?.recorded == 0)
            #expect(compared.golden?.matched == recorded.golden?.recorded)
            #expect(Self.goldenFindings(compared).isEmpty, "\(Self.goldenFindings(compared).prefix(3).map(\.message))")
        }
    }

    @Test(arguments: SandboxEndToEndTests.specs)
    func committedGoldensMatchTheConformantSandbox(_ spec: String) async throws {
        let compared = try await Self.run(spec, golden: Self.repositoryGolden, mode: .never, seedFixed: false)
        #expect((compared.golden?.matched ?? 0) > 0)
        #expect(compared.golden?.recorded == 0)
        #expect(Self.goldenFindings(compared).isEmpty, "\(Self.goldenFindings(compared).prefix(3).map(\.message))")
    }

    @Test func wrongUnitAmountIsAGoldenMismatchWithItsPointer() async throws {
        let golden = try Self.goldenFolder()
        _ = try await Self.run("stripe-checkout", golden: golden, mode: .missing)
        let faulty = try await Self.run(
            "stripe-checkout", golden: golden, mode: .never, fault: .stripeUnitAmountTimesTen, actualRoot: golden + "-actual")
        // No schema check sees it: the amount is a valid integer.
        #expect(faulty.findings.filter { $0.check != .goldenMismatch }.isEmpty)
        let findings = Self.goldenFindings(faulty)
        #expect(!findings.isEmpty)
        let baseline = try #require(findings.first { $0.caseID.hasPrefix("baseline") })
        #expect(baseline.operationID == "createCheckoutSession")
        #expect(baseline.bodyPointer == JSONPointer("/line_items/0/price_data/unit_amount"))
        #expect(baseline.message == "differs from \(golden)/stripe-checkout/createCheckoutSession.json: "
            + "changed /response/body/line_items/0/price_data/unit_amount: 100 -> 10")
        #expect(faulty.golden?.actualFiles == ["\(golden)-actual/stripe-checkout/createCheckoutSession.json"])
    }

    /// Faults whose changed answer reaches a coverage case. The others change only what the
    /// lifecycle steps or the unauthenticated probes see, which are not recorded, (the
    /// Int32 overflow) only large random carts, which goldens recorded without --seed lack,
    /// or only the answers to malformed cases, which are not recorded either.
    static let goldenVisible = Fault.allCases.filter {
        ![
            .gr4vyExpiresAtMissing, .gr4vyDeleteKeepsSession, .dodoNoAuth, .dodoInt32Overflow,
            .gr4vyReadSkipsAuthForExisting, .quadernoForbiddenNot401, .dodoAnyBearerToken, .quadernoUpdateCorruptsRead,
            .gr4vyDeleteAnswersDeleted, .dodoInvalidUTF8Crash, .quadernoStatusHeaderNewline, .gr4vyTrailingCommaAccepted,
        ].contains($0)
    }

    @Test(arguments: goldenVisible)
    func everyFaultThatChangesACaseAnswerIsCaught(_ fault: Fault) async throws {
        let faulty = try await Self.run(fault.api, golden: Self.repositoryGolden, mode: .never, fault: fault, seedFixed: false)
        let found = Self.goldenFindings(faulty).filter { $0.operationID == fault.operation }
        #expect(!found.isEmpty, "\(fault.name)")
    }
}
