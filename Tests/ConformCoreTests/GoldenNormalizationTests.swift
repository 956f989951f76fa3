@testable import ConformCore
import Testing

/// Typed placeholders: by schema format, by declared pointer, by declared regex.
@Suite("Golden normalization")
struct GoldenNormalizationTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /s:
            post:
              operationId: create
              responses:
                "201":
                  description: created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Session'}
        components:
          schemas:
            Session:
              type: object
              properties:
                id: {type: string, format: uuid}
                created: {type: string, format: date-time}
                items:
                  type: array
                  items:
                    allOf:
                      - type: object
                        properties:
                          day: {type: string, format: date}
        """

    static func documents() throws -> DocumentSet {
        try DocumentSet(text: spec, file: "t.yaml")
    }

    static func rules(_ yaml: String) throws(LoadError) -> NormalizationRules {
        try NormalizationRules(DocumentLoader.load(bytes: Array(yaml.utf8), file: "normalize.yaml"))
    }

    static let schema = DocumentPointer(
        file: "t.yaml", pointer: JSONPointer("/paths/~1s/post/responses/201/content/application~1json/schema")!)

    @Test func schemaFormatsBecomePlaceholdersThroughRefsAndAllOf() throws {
        let normalizer = Normalizer(rules: NormalizationRules(), documents: try Self.documents())
        let body: JSONValue = [
            "id": "0f8fad5b-d9cb-469f-a165-70867728950e", "created": "2026-11-20T10:00:00Z",
            "items": [["day": "2026-11-20"]], "other": "2026-11-20",
        ]
        #expect(normalizer.normalize(body: body, schema: Self.schema) == [
            "id": "<uuid>", "created": "<date-time>", "items": [["day": "<date>"]], "other": "2026-11-20",
        ])
    }

    @Test func aPlaceholderKeepsAValueOfTheWrongType() throws {
        let normalizer = Normalizer(rules: NormalizationRules(), documents: try Self.documents())
        let body: JSONValue = ["id": "not-a-uuid", "created": "yesterday"]
        #expect(normalizer.normalize(body: body, schema: Self.schema) == body)
    }

    @Test func pointerRulesWithWildcardsAndRegexRules() throws {
        let rules = try Self.rules("""
            pointers:
              - pointer: /line_items/*/id
                placeholder: id:li_
              - pointer: /count
                placeholder: integer
            patterns:
              - regex: '(?<=/sessions/)[0-9]+'
                placeholder: session-id
            """)
        let normalizer = Normalizer(rules: rules, documents: try Self.documents())
        let body: JSONValue = [
            "line_items": [["id": "li_123"], ["id": "xx_9"]], "count": 3, "url": "https://x/sessions/42/pay",
        ]
        #expect(normalizer.normalize(body: body, schema: nil) == [
            "line_items": [["id": "<id:li_>"], ["id": "xx_9"]], "count": "<integer>",
            "url": "https://x/sessions/<session-id>/pay",
        ])
    }

    @Test func rulesFileMistakesArePositioned() throws {
        let yaml = """
            pointers:
              - pointer: id
                placeholder: uuid
              - pointer: /a
                placeholder: guid
            patterns:
              - regex: '(['
                placeholder: x
            """
        #expect(throws: LoadError.self) { try Self.rules(yaml) }
        do {
            _ = try Self.rules(yaml)
        } catch {
            #expect(error.description == """
                normalize.yaml:2:14: error: 'id' is not a JSON Pointer (it must start with '/') [golden.normalize]
                normalize.yaml:5:18: error: unknown placeholder 'guid'; expected one of uuid, date-time, date, uri, string, integer, number, boolean or id:PREFIX [golden.normalize]
                normalize.yaml:7:12: error: '([' is not a valid regular expression [golden.normalize]
                """)
        }
    }

    @Test("a record keeps the path and query, never the origin", arguments: [
        ("http://127.0.0.1:8080/api/s?a=1&b=x:y", "/api/s", "a=1&b=x:y"),
        ("https://h.example/s", "/s", nil),
        ("http://h.example", "/", nil),
        ("/s/a:b?q", "/s/a:b", "q"),
    ] as [(String, String, String?)])
    func pathAndQuery(url: String, path: String, query: String?) {
        #expect(GoldenRecord.pathAndQuery(of: url) == (path, query))
    }
}
