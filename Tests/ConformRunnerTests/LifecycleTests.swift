@testable import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// The create/read/delete sequence and the unauthenticated probe against an in-test store.
@Suite("Resource lifecycle and auth probes", .timeLimit(.minutes(1)))
struct LifecycleTests {
    let document = try! TestSupport.document()

    /// Faults the store can have.
    enum Fault: Sendable { case none, forgetsName, keepsDeleted, ignoresAuth }

    /// An items store on a test server, with `fault` planted.
    static func store(_ fault: Fault) async throws -> TestServer {
        let items = LockedBox<[String: String]>([:])
        return try await TestServer.start { request in
            if request.header("Authorization") != "Bearer \(TestSupport.token)" && fault != .ignoresAuth {
                return .respond(401)
            }
            if request.method == "POST" {
                let body = (try? JSONBodyParser.parse(request.body))?.objectValue
                let id = body?["id"]?.stringValue ?? "x"
                let name = body?["name"]?.stringValue ?? ""
                items.update { $0[id] = name }
                return .json(201, #"{"id":"\#(id)","name":"\#(name)"}"#, headers: [("Location", "/api/items/\(id)")])
            }
            let id = String(request.target.split(separator: "/").last ?? "")
            guard let name = items.value[id] else { return .respond(404) }
            if request.method == "DELETE" {
                if fault != .keepsDeleted { items.update { $0[id] = nil } }
                return .respond(204)
            }
            let stored = fault == .forgetsName ? "" : name
            return .json(200, #"{"id":"\#(id)","name":"\#(stored)"}"#)
        }
    }

    static let create = RunCase(
        id: "createItem/valid/0", operationID: "createItem", method: "POST", path: "/items",
        body: Array(#"{"id":"it-1","name":"pen"}"#.utf8), mediaType: "application/json")

    func run(_ fault: Fault) async throws -> RunResult {
        let server = try await LifecycleTests.store(fault)
        defer { Task { await server.stop() } }
        let configuration = RunConfiguration(
            target: TargetURL(server.baseURL)!, concurrency: 2, timeout: .seconds(5),
            checks: [.resourceLifecycle, .authEnforced], credentials: TestSupport.credentials)
        return await Runner(document: document, configuration: configuration).run([LifecycleTests.create])
    }

    @Test func familiesFromPathStructure() {
        let families = ResourceFamily.families(in: document)
        #expect(families.map { "\($0.create.id) \($0.read.id) \($0.delete?.id ?? "-") \($0.idParameter)" }
            == ["createItem getItem deleteItem id"])
        #expect(ResourceFamily.isItemPath("/checkout/sessions/{id}.json", of: "/checkout/sessions.json"))
        #expect(!ResourceFamily.isItemPath("/checkout/sessions/{id}/fields", of: "/checkout/sessions"))
    }

    @Test func conformingStoreHasNoFindings() async throws {
        let result = try await run(.none)
        #expect(result.findings.isEmpty)
        #expect(result.exchanges.map(\.caseID) == [
            "createItem/valid/0", "unauthenticated:createItem/valid/0", "lifecycle:createItem:create",
            "lifecycle:createItem:read", "lifecycle:createItem:delete", "lifecycle:createItem:read-after-delete",
        ])
    }

    @Test func readBackDifferentFromCreated() async throws {
        let result = try await run(.forgetsName)
        #expect(result.findings.map(\.message) == [#"created resource it-1 read back with /name = "", created with "pen""#])
        #expect(result.findings.first?.bodyPointer == JSONPointer(tokens: ["name"]))
        #expect(result.findings.first?.caseID == "lifecycle:createItem:read")
    }

    @Test func deletedStillReadable() async throws {
        let result = try await run(.keepsDeleted)
        #expect(result.findings.map(\.message) == ["deleted resource it-1 answered 200 when read, not 404"])
        #expect(result.findings.first?.operationID == "deleteItem")
        let port = try #require(result.findings.first?.curl.split(separator: ":")[2].prefix { $0.isNumber })
        #expect(result.findings.first?.curl == """
            curl -X DELETE http://127.0.0.1:\(port)/api/items/it-1 -H 'Authorization: Bearer '"$ITEMS_TOKEN" \
            && curl http://127.0.0.1:\(port)/api/items/it-1 -H 'Authorization: Bearer '"$ITEMS_TOKEN"
            """)
    }

    @Test func unauthenticatedRequestAccepted() async throws {
        let result = try await run(.ignoresAuth)
        #expect(result.findings.map { "\($0.check.rawValue) \($0.caseID)" } == ["auth_enforced unauthenticated:createItem/valid/0"])
        #expect(result.findings.first?.curl.contains("Authorization") == false)
    }
}
