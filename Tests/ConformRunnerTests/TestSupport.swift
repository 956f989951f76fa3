import CheckoutSandbox
import ConformCore
import Foundation

@testable import ConformRunner

/// Documents and exchanges the runner tests share.
enum TestSupport {
    /// A small API: create, read and delete items (bearer auth), and a public health check.
    static let itemsSpec = """
        {
          "openapi": "3.0.3",
          "info": {"title": "Items", "version": "1"},
          "servers": [{"url": "https://items.example.com/api"}],
          "security": [{"bearer": []}],
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
              "Item": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "string"}, "name": {"type": "string", "maxLength": 10}}
              }
            }
          },
          "paths": {
            "/items": {
              "post": {
                "operationId": "createItem",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                "responses": {
                  "201": {
                    "description": "created",
                    "headers": {"Location": {"required": true, "schema": {"type": "string"}}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}
                  },
                  "400": {"description": "bad", "content": {"application/json": {"schema": {"type": "object"}}}}
                }
              }
            },
            "/items/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "get": {
                "operationId": "getItem",
                "responses": {
                  "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                  "404": {"description": "missing"}
                }
              },
              "delete": {
                "operationId": "deleteItem",
                "responses": {"204": {"description": "gone"}, "404": {"description": "missing"}}
              }
            },
            "/health": {
              "get": {
                "operationId": "health",
                "security": [],
                "responses": {"2XX": {"description": "up", "content": {"application/json": {"schema": {"type": "object"}}}}}
              }
            }
          }
        }
        """

    /// `text` loaded as the file `file`, with positions.
    static func document(_ text: String = itemsSpec, file: String = "items.json") throws -> Document {
        try Document(file, from: InMemorySource([file: text]))
    }

    static let token = "s3cr3t-token"

    /// A bearer token from `ITEMS_TOKEN`.
    static let credentials = Credentials(bearer: (token, "ITEMS_TOKEN"))

    static func context(_ document: Document) -> CheckContext {
        CheckContext(document: document, redactor: credentials.redactor)
    }

    /// A hand-made exchange for the unit tests of the checks.
    static func exchange(
        _ operationID: String, method: String = "GET", path: String = "/health", caseID: String = "case-1",
        expectation: Expectation = .valid, purpose: Exchange.Purpose = .testCase, authenticated: Bool = true,
        status: Int, headers: [HeaderField] = [], body: String = "", requestBody: String? = nil
    ) -> Exchange {
        var requestHeaders: [HeaderField] = []
        if authenticated { requestHeaders.append(HeaderField("Authorization", "Bearer $ITEMS_TOKEN")) }
        if requestBody != nil { requestHeaders.append(HeaderField("Content-Type", "application/json")) }
        return Exchange(
            caseID: caseID, operationID: operationID, seed: nil, expectation: expectation, purpose: purpose,
            authenticated: authenticated,
            request: SentRequest(
                method: method, url: "http://127.0.0.1:8080/api\(path)", headers: requestHeaders,
                body: requestBody.map { Array($0.utf8) }),
            outcome: .success(ReceivedResponse(status: status, headers: headers, body: Array(body.utf8))),
            duration: .milliseconds(1))
    }

    static let json = [HeaderField("Content-Type", "application/json")]

    /// The sandbox's test credentials, as `conform run --target sandbox` sends them.
    static let sandboxCredentials = Credentials(
        bearer: (SandboxCredentials.bearerToken, "CONFORM_SANDBOX_TOKEN"),
        basic: ("\(SandboxCredentials.basicUser):\(SandboxCredentials.basicPassword)", "CONFORM_SANDBOX_BASIC"))

    /// A seed spec and its generator with the suite's validator.
    static func seedSpec(_ name: String, seed: UInt64, random: Int) throws -> (Document, CaseGenerator) {
        let document = try Document(spec(name + ".yaml"), from: FileSource())
        let generator = CaseGenerator(
            document: document, validator: SchemaValidator(documents: document.documents),
            options: CaseGenerator.Options(seed: seed, randomCount: random))
        return (document, generator)
    }

    /// A seed spec in `specs/`.
    static func spec(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("specs").appendingPathComponent(name).path
    }
}
