@testable import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// The create/read/delete sequence and the unauthenticated probe against an in-test store.
@Suite("Resource lifecycle and auth probes", .timeLimit(.minutes(1)))
struct LifecycleTests {
    let document = try! TestSupport.document()

    /// Faults the store can have.
    enum Fault: Sendable { case none, forgetsName, keepsDeleted, ignoresAuth, updateCorruptsRead, wrongLocation, foreignLocation, invalidLabel }

    /// An items store on a test server, with `fault` planted.
    static func store(_ fault: Fault) async throws -> TestServer {
        let items = LockedBox<[String: String]>([:])
        return try await TestServer.start { request in
            if request.header("Authorization") != "Bearer \(TestSupport.token)" && fault != .ignoresAuth {
                return .respond(401)
            }
            if request.target.hasSuffix("/label") {
                return .json(200, fault == .invalidLabel ? #"{"label":5}"# : #"{"label":"pen"}"#)
            }
            if request.method == "POST" {
                let body = (try? JSONBodyParser.parse(request.body))?.objectValue
                let id = body?["id"]?.stringValue ?? "x"
                let name = body?["name"]?.stringValue ?? ""
                items.update { $0[id] = name }
                let location = switch fault {
                case .wrongLocation: "/api/items/\(id)-gone"
                case .foreignLocation: "http://127.0.0.1:1/api/items/\(id)"
                default: "/api/items/\(id)"
                }
                return .json(201, #"{"id":"\#(id)","name":"\#(name)"}"#, headers: [("Location", location)])
            }
            let id = String(request.target.split(separator: "/").last ?? "")
            guard let name = items.value[id] else { return .respond(404) }
            if request.method == "PUT" {
                let body = (try? JSONBodyParser.parse(request.body))?.objectValue
                items.update { $0[id] = fault == .updateCorruptsRead ? "" : body?["name"]?.stringValue ?? name }
                return .respond(204)
            }
            if request.method == "DELETE" {
                if fault != .keepsDeleted { items.update { $0[id] = nil } }
                return .respond(204)
            }
            if fault == .updateCorruptsRead, name.isEmpty { return .json(200, #"{"id":"\#(id)","name":7}"#) }
            let stored = fault == .forgetsName ? "" : name
            return .json(200, #"{"id":"\#(id)","name":"\#(stored)"}"#)
        }
    }

    static let create = RunCase(
        id: "createItem/valid/0", operationID: "createItem", method: "POST", path: "/items",
        body: Array(#"{"id":"it-1","name":"pen"}"#.utf8), mediaType: "application/json")

    func run(
        _ fault: Fault, document: Document? = nil, cases: [RunCase] = [LifecycleTests.create],
        checks: Set<CheckName> = [.resourceLifecycle, .authEnforced]
    ) async throws -> RunResult {
        let server = try await LifecycleTests.store(fault)
        defer { Task { await server.stop() } }
        let configuration = RunConfiguration(
            target: TargetURL(server.baseURL)!, concurrency: 2, timeout: .seconds(5), checks: checks,
            credentials: TestSupport.credentials)
        return await Runner(document: document ?? self.document, configuration: configuration).run(cases)
    }

    /// The items API with `PUT /items/{id}` (204), which the lifecycle sends to the created item.
    static let updatable = try! TestSupport.document(TestSupport.itemsSpec.replacingOccurrences(
        of: #""delete": {"#,
        with: #""put": {"operationId": "updateItem", "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}, "responses": {"204": {"description": "updated"}, "404": {"description": "missing"}}}, "delete": {"#))

    static let update = RunCase(
        id: "updateItem/valid/0", operationID: "updateItem", method: "PUT", path: "/items/random-id",
        body: Array(#"{"name":"ink"}"#.utf8), mediaType: "application/json")

    /// The items API whose create response links to `GET /items/{id}/label` (by reference),
    /// to the read (ID from the request body) and to the read with an ID the body lacks.
    static let linked = try! TestSupport.document(TestSupport.itemsSpec.replacingOccurrences(
        of: #""headers": {"Location": {"required": true, "schema": {"type": "string"}}},"#,
        with: ##""headers": {"Location": {"required": true, "schema": {"type": "string"}}}, "links": {"label": {"operationRef": "#/paths/~1items~1{id}~1label/get", "parameters": {"id": "$response.body#/id"}}, "owner": {"operationId": "getItem", "parameters": {"id": "$response.body#/owner"}}, "self": {"operationId": "getItem", "parameters": {"path.id": "$request.body#/id"}}},"##
    ).replacingOccurrences(
        of: #""/health": {"#,
        with: #""/items/{id}/label": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}], "get": {"operationId": "getLabel", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"label": {"type": "string"}}}}}}}}}, "/health": {"#))

    @Test func linksAreFollowedAndAnUnevaluableOneIsANote() async throws {
        let result = try await run(.none, document: LifecycleTests.linked)
        #expect(result.findings.isEmpty)
        let links = result.exchanges.filter { $0.caseID.contains(":link:") }
            .map { "\($0.caseID) \($0.operationID) \($0.request.url.split(separator: "/api").last ?? "") \($0.response?.status ?? 0)" }
        #expect(links == [
            "lifecycle:createItem:link:label getLabel /items/it-1/label 200",
            "lifecycle:createItem:link:self getItem /items/it-1 200",
        ])
        #expect(result.operations.first { $0.id == "createItem" }?.notes == [
            "link owner of createItem is not followed: cannot evaluate id = $response.body#/owner",
        ])
    }

    @Test func linkedOperationAnsweringAnInvalidBody() async throws {
        let result = try await run(.invalidLabel, document: LifecycleTests.linked, checks: [.resourceLifecycle, .responseSchema])
        #expect(result.findings.map { "\($0.check.rawValue) \($0.operationID) \($0.caseID): \($0.message)" } == [
            "response_schema getLabel lifecycle:createItem:link:label: type: 5 is not of type \"string\"",
        ])
    }

    @Test func updateIsSentToTheCreatedItemAndFollowedByARead() async throws {
        let result = try await run(
            .none, document: LifecycleTests.updatable, cases: [LifecycleTests.create, LifecycleTests.update],
            checks: [.resourceLifecycle, .responseSchema])
        #expect(result.findings.isEmpty)
        let steps = result.exchanges.filter { $0.caseID.hasPrefix("lifecycle:") }
        #expect(steps.map { "\($0.caseID) \($0.request.method) \($0.request.url.split(separator: "/api").last ?? "")" } == [
            "lifecycle:createItem:create POST /items", "lifecycle:createItem:location GET /items/it-1",
            "lifecycle:createItem:read GET /items/it-1",
            "lifecycle:createItem:updateItem:0 PUT /items/it-1", "lifecycle:createItem:read-after:updateItem:0 GET /items/it-1",
            "lifecycle:createItem:delete DELETE /items/it-1", "lifecycle:createItem:read-after-delete GET /items/it-1",
            "lifecycle:createItem:after-delete:updateItem PUT /items/it-1",
            "lifecycle:createItem:after-delete:deleteItem DELETE /items/it-1",
        ])
    }

    @Test func readAfterUpdateIsValidatedAgainstTheSchema() async throws {
        let result = try await run(
            .updateCorruptsRead, document: LifecycleTests.updatable, cases: [LifecycleTests.create, LifecycleTests.update],
            checks: [.resourceLifecycle, .responseSchema])
        #expect(result.findings.map { "\($0.check.rawValue) \($0.operationID) \($0.caseID): \($0.message)" } == [
            "response_schema getItem lifecycle:createItem:read-after:updateItem:0: type: 7 is not of type \"string\"",
        ])
    }

    @Test func probesGoToTheCreatedItem() async throws {
        let read = RunCase(id: "getItem/valid/0", operationID: "getItem", method: "GET", path: "/items/random-id")
        let result = try await run(.none, cases: [LifecycleTests.create, read], checks: [.authEnforced])
        let probes = result.exchanges.filter(\.purpose.isProbe)
            .map { "\($0.caseID) \($0.request.url.split(separator: "/api").last ?? "")" }
        #expect(probes == [
            "unauthenticated:createItem/valid/0 /items", "wrong-credentials:createItem/valid/0 /items",
            "lifecycle:createItem:unauthenticated:getItem /items/it-1",
            "lifecycle:createItem:wrong-credentials:getItem /items/it-1",
        ])
        #expect(result.findings.isEmpty)
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
            "createItem/valid/0", "unauthenticated:createItem/valid/0", "wrong-credentials:createItem/valid/0",
            "lifecycle:createItem:create", "lifecycle:createItem:location",
            "lifecycle:createItem:read", "lifecycle:createItem:delete", "lifecycle:createItem:read-after-delete",
            "lifecycle:createItem:after-delete:deleteItem",
        ])
    }

    @Test func locationAnswering404() async throws {
        let result = try await run(.wrongLocation)
        #expect(result.findings.map { "\($0.check.rawValue) \($0.operationID) \($0.caseID): \($0.message)" } == [
            "resource_lifecycle getItem lifecycle:createItem:location: created resource it-1 answered 404 at its Location /api/items/it-1-gone",
        ])
    }

    @Test func locationOnAnotherOriginIsNotFollowed() async throws {
        let result = try await run(.foreignLocation)
        #expect(result.findings.isEmpty)
        #expect(!result.exchanges.contains { $0.caseID == "lifecycle:createItem:location" || $0.request.url.contains(":1/") })
    }

    @Test func readBackDifferentFromCreated() async throws {
        let result = try await run(.forgetsName)
        #expect(result.findings.map(\.message) == [#"created resource it-1 read back with /name = "", created with "pen""#])
        #expect(result.findings.first?.bodyPointer == JSONPointer(tokens: ["name"]))
        #expect(result.findings.first?.caseID == "lifecycle:createItem:read")
    }

    @Test func deletedStillReadable() async throws {
        let result = try await run(.keepsDeleted)
        // The store still serves the deleted item to the read and to a second DELETE.
        #expect(result.findings.map(\.message) == [
            "deleted resource it-1 answered 204 to deleteItem, not 404 or 410",
            "deleted resource it-1 answered 200 when read, not 404",
        ])
        #expect(result.findings.map(\.operationID) == ["deleteItem", "deleteItem"])
        let read = try #require(result.findings.last)
        let parts = read.curl.split(separator: ":")
        try #require(parts.count > 2)
        let port = parts[2].prefix { $0.isNumber }
        #expect(read.curl == """
            curl -X DELETE http://127.0.0.1:\(port)/api/items/it-1 -H 'Authorization: Bearer '"$ITEMS_TOKEN" \
            && curl http://127.0.0.1:\(port)/api/items/it-1 -H 'Authorization: Bearer '"$ITEMS_TOKEN"
            """)
    }

    @Test func unauthenticatedRequestAccepted() async throws {
        let result = try await run(.ignoresAuth)
        #expect(result.findings.map { "\($0.check.rawValue) \($0.caseID)" } == [
            "auth_enforced unauthenticated:createItem/valid/0", "auth_enforced wrong-credentials:createItem/valid/0",
        ])
        #expect(result.findings.first?.curl.contains("Authorization") == false)
    }
}
