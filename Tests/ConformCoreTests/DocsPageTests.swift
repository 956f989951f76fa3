import ConformCore
import Foundation
import Testing

@Suite("docs-site operation pages")
struct DocsPageTests {
    static let page = """
        # Get Widget

        > Reads one widget.

        ```yaml get /widgets/{id}
        paths:
          path: /widgets/{id}
          method: get
          servers:
            - url: https://api.example.com
          request:
            security:
              - title: Key Auth
                parameters:
                  query: {}
                  header:
                    X-Key:
                      type: apiKey
                  cookie: {}
            parameters:
              path:
                id:
                  schema:
                    - type: string
                      required: true
                      description: the widget
              query:
                expand:
                  schema:
                    - type: boolean
              header: {}
              cookie: {}
            body: {}
          response:
            '200':
              application/json:
                schemaArray:
                  - type: object
                    properties:
                      size:
                        allOf:
                          - type: any
                    requiredProperties:
                      - size
                  - type: string
                examples: {}
                description: the widget
            '404':
              _mintlify/placeholder:
                schemaArray:
                  - type: any
                examples: {}
                description: not found
          deprecated: true
          type: path
        components:
          schemas: {}
        ```
        """

    static func load(_ text: String, file: String = "widget.md") throws -> DocsPage? {
        try DocsPage(text: text, file: file)
    }

    @Test("a page converts to an OpenAPI 3.1 operation")
    func conversion() throws {
        let page = try #require(try Self.load(Self.page))
        #expect(page.title == "Get Widget")
        let (document, diagnostics) = DocsPageConverter.convert(page)
        #expect(diagnostics.map(\.description) == [
            "widget.md:6:1: note: converted from a docs-site operation page to OpenAPI 3.1.0; positions refer to the page [spec.converted]"
        ])
        let root = document.root
        #expect(root["openapi"] == "3.1.0")
        #expect(root["servers"] == [["url": "https://api.example.com"]])
        #expect(root[pointer: JSONPointer("/components/securitySchemes")!] == [
            "Key_Auth": ["type": "apiKey", "in": "header", "name": "X-Key"]
        ])
        let operation = try #require(root[pointer: JSONPointer("/paths/~1widgets~1{id}/get")!])
        #expect(operation == [
            "summary": "Get Widget",
            "description": "Reads one widget.",
            "security": [["Key_Auth": []]],
            "parameters": [
                ["name": "id", "in": "path", "description": "the widget", "required": true,
                 "schema": ["type": "string", "description": "the widget"]],
                ["name": "expand", "in": "query", "schema": ["type": "boolean"]],
            ],
            "responses": [
                "200": ["description": "the widget", "content": ["application/json": ["schema": ["oneOf": [
                    ["type": "object", "properties": ["size": ["allOf": [[:]]]], "required": ["size"]],
                    ["type": "string"],
                ]]]]],
                "404": ["description": "not found"],
            ],
            "deprecated": true,
        ])
    }

    @Test("positions of converted nodes point into the page file")
    func positions() throws {
        let page = try #require(try Self.load(Self.page))
        let (document, _) = DocsPageConverter.convert(page)
        func line(_ pointer: String) -> Int? { document.sourceMap.location(of: JSONPointer(pointer)!)?.line }
        #expect(line("/paths/~1widgets~1{id}/get") == 7)
        #expect(line("/paths/~1widgets~1{id}/get/parameters/0/schema/type") == 24)
        #expect(line("/paths/~1widgets~1{id}/get/responses/200/content/application~1json/schema/oneOf/0/required") == 44)
        #expect(document.file == "widget.md")
    }

    @Test("refIdentifier moves a schema into components and references it")
    func refIdentifier() throws {
        let text = """
            ```yaml
            paths:
              path: /things
              method: post
              request:
                body:
                  application/json:
                    schemaArray:
                      - type: object
                        required: true
                        refIdentifier: '#/components/schemas/NewThing'
                        requiredProperties: [name]
                        properties: {name: {type: string}}
              response: {}
            ```
            """
        let page = try #require(try Self.load(text))
        let root = DocsPageConverter.convert(page).document.root
        #expect(root[pointer: JSONPointer("/paths/~1things/post/requestBody")!] == [
            "content": ["application/json": ["schema": ["$ref": "#/components/schemas/NewThing"]]],
            "required": true,
        ])
        #expect(root[pointer: JSONPointer("/components/schemas/NewThing")!] == [
            "type": "object", "required": ["name"], "properties": ["name": ["type": "string"]],
        ])
    }

    @Test("Markdown without an operation block is not a page")
    func notAPage() throws {
        #expect(try Self.load("# Title\n\n```yaml\nopenapi: 3.1.0\n```\n") == nil)
        #expect(try Self.load("# Title\n\nno code\n") == nil)
        #expect(try Self.load("```yaml\npaths:\n  /x: {}\n```\n") == nil)
    }

    @Test("two pages merge into one document; a conflicting component is reported")
    func merge() throws {
        func page(_ path: String, _ method: String, _ type: String) throws -> DocsPage {
            try #require(try Self.load("""
                ```yaml
                paths:
                  path: \(path)
                  method: \(method)
                  servers: [{url: 'https://\(method).example.com'}]
                  response: {'204': {description: done}}
                components:
                  schemas:
                    Shared: {type: \(type)}
                ```
                """, file: "\(method).md"))
        }
        var converter = DocsPageConverter()
        converter.add(try page("/a", "get", "string"))
        converter.add(try page("/a", "delete", "integer"))
        let root = converter.document(title: "merged", version: "1")
        #expect(root[pointer: JSONPointer("/paths/~1a")!]?.objectValue?.keys == ["get", "delete"])
        #expect(root[pointer: JSONPointer("/components/schemas/Shared")!] == ["type": "string"])
        #expect(root["servers"] == [["url": "https://get.example.com"]])
        #expect(root[pointer: JSONPointer("/paths/~1a/get/servers")!] == nil)
        #expect(root[pointer: JSONPointer("/paths/~1a/delete/servers")!] == [["url": "https://delete.example.com"]])
        #expect(converter.diagnostics.filter { $0.severity != .note }.map(\.description) == [
            "delete.md:9:13: warning: component 'schemas/Shared' differs between pages; the first is kept [docs-page.conflict]"
        ])
    }
}
