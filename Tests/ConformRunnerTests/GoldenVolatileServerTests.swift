import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// Golden records against a server with random ids, hashes in URLs and sequential numbers,
/// whose rules nobody wrote: recording learns them, a replay against a fresh start of the
/// server matches at any concurrency, and faults no schema sees are caught.
@Suite("Golden against a volatile server", .serialized, .timeLimit(.minutes(2)))
struct GoldenVolatileServerTests {
    static func document() throws -> Document {
        try TestSupport.document(VolatileServer.spec, file: "volatile.yaml")
    }

    /// One golden-judged run against a fresh start of the server, as `conform run` makes it.
    static func run(
        golden: String, mode: RecordMode, concurrency: Int = 8, fault: VolatileServer.Fault? = nil
    ) async throws -> RunResult {
        let server = try await VolatileServer.start(fault: fault)
        let document = try document()
        let generator = CaseGenerator(document: document, validator: SchemaValidator(documents: document.documents))
        let runner = Runner(
            document: document, configuration: RunConfiguration(target: TargetURL(server.baseURL)!, concurrency: concurrency),
            shrinker: generator)
        let cases = RunCases(generator: generator, operations: document.operations)
        let result = await runner.run(cases)
        let judged = try await runner.judgeGolden(
            result, cases: cases, options: GoldenOptions(store: GoldenStore(root: golden), mode: mode))
        await server.stop()
        return judged
    }

    static func emptyFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conform-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    static func goldenFindings(_ result: RunResult) -> [Finding] { result.findings.filter { $0.check == .goldenMismatch } }

    /// The learned rules, as a reviewer reads them.
    static let learned = """
        # Learned by conform: these values differed when each recorded case was sent twice.
        learned:
          pointers:
            - pointer: '/id'
              placeholder: 'id:sess_[A-Za-z0-9]{20}'
            - pointer: '/number'
              placeholder: 'integer'
          patterns:
            - regex: '(?<=receipts\\/)[0-9a-f]{40}$'
              placeholder: 'id:[0-9a-f]{40}'

        """

    @Test func recordingLearnsTheVolatileValuesAndAReplayMatchesAtConcurrencyOneAndSixtyFour() async throws {
        let golden = try Self.emptyFolder()
        let recorded = try await Self.run(golden: golden, mode: .missing)
        #expect((recorded.golden?.recorded ?? 0) > 0)
        #expect(Self.goldenFindings(recorded).isEmpty)
        #expect(recorded.golden?.rulesFile == golden + "/volatile/normalize.yaml")
        #expect(try String(contentsOfFile: golden + "/volatile/normalize.yaml", encoding: .utf8) == Self.learned)
        let created = try #require(
            try GoldenStore(root: golden).file(at: golden + "/volatile/createSession.json")?.cases.first { $0.key.hasPrefix("baseline") }?.value)
        // The checkout URL and Location repeat the id: tied to it, not recorded literally.
        #expect(created[pointer: JSONPointer("/response/body/url")!] == "https://pay.example/checkout/<id:sess_[A-Za-z0-9]{20}>?step=pay")
        #expect(created[pointer: JSONPointer("/response/headers/location")!] == "/sessions/<id:sess_[A-Za-z0-9]{20}>")
        for concurrency in [1, 64] {
            let replay = try await Self.run(golden: golden, mode: .never, concurrency: concurrency)
            #expect(replay.golden?.matched == recorded.golden?.recorded)
            #expect(Self.goldenFindings(replay).isEmpty, "\(Self.goldenFindings(replay).prefix(3).map(\.message))")
        }
    }

    @Test func aWrongAmountThatNoSchemaSeesIsCaughtByTheReplay() async throws {
        let golden = try Self.emptyFolder()
        _ = try await Self.run(golden: golden, mode: .missing)
        let faulty = try await Self.run(golden: golden, mode: .never, fault: .amountTimesTen)
        let found = Self.goldenFindings(faulty).filter { $0.operationID == "createSession" }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.bodyPointer == JSONPointer("/amount") })
    }

    @Test func anUpdateOfACompletedSessionAcceptedIsCaughtByTheReplay() async throws {
        let golden = try Self.emptyFolder()
        _ = try await Self.run(golden: golden, mode: .missing)
        let faulty = try await Self.run(golden: golden, mode: .never, fault: .updatesCompletedSession)
        let baseline = try #require(Self.goldenFindings(faulty).first { $0.operationID == "updateSession" && $0.caseID.hasPrefix("baseline") })
        #expect(baseline.message.contains("changed /response/status: 409 -> 200"))
    }
}
