import ConformCore
import Testing

/// Golden files: canonical text, comparison under record modes, positioned errors.
@Suite("Golden file")
struct GoldenFileTests {
    static let record: JSONValue = [
        "request": ["method": "POST", "path": "/checkout"], "response": ["status": 200, "body": ["url": "http://a/b"]],
    ]

    @Test func canonicalText() {
        let file = GoldenFile(spec: "s", operation: "op", cases: ["b": Self.record, "a": ["request": [:], "response": ["status": 404]]])
        #expect(file.text == """
            {
              "cases": {
                "a": {
                  "request": {},
                  "response": {
                    "status": 404
                  }
                },
                "b": {
                  "request": {
                    "method": "POST",
                    "path": "/checkout"
                  },
                  "response": {
                    "body": {
                      "url": "http://a/b"
                    },
                    "status": 200
                  }
                }
              },
              "operation": "op",
              "spec": "s"
            }

            """)
        let reloaded = try? GoldenFile(DocumentLoader.load(bytes: Array(file.text.utf8), file: "op.json"))
        #expect(reloaded == file)
    }

    @Test func recordModes() {
        let golden = GoldenFile(spec: "s", operation: "op", cases: ["a": Self.record])
        var changed = Self.record
        changed = ["request": Self.record["request"]!, "response": ["status": 201]]
        let records: [String: JSONValue] = ["a": changed, "new": Self.record]

        let never = GoldenComparison(records: records, golden: golden, spec: "s", operation: "op", mode: .never)
        #expect(never.outcomes["new"] == .missing)
        #expect(never.updated == nil)
        guard case .mismatched(let differences) = never.outcomes["a"] else {
            Issue.record("expected a mismatch")
            return
        }
        #expect(differences.map(\.description) == [
            #"removed /response/body: {"url":"http://a/b"}"#, "changed /response/status: 200 -> 201",
        ])

        let missing = GoldenComparison(records: records, golden: golden, spec: "s", operation: "op", mode: .missing)
        #expect(missing.outcomes["new"] == .recorded)
        #expect(missing.updated?.cases == ["a": Self.record, "new": Self.record])

        let failed = GoldenComparison(records: records, golden: golden, spec: "s", operation: "op", mode: .failed)
        #expect(failed.outcomes["a"] == .recorded)
        #expect(failed.updated?.cases == records)

        let same = GoldenComparison(records: ["a": Self.record], golden: golden, spec: "s", operation: "op", mode: .all)
        #expect(same.outcomes["a"] == .matched)
        #expect(same.updated == nil)

        // `all` rewrites the file to this run's cases: a case the spec no longer yields goes.
        let withStale = GoldenFile(spec: "s", operation: "op", cases: ["a": Self.record, "gone": Self.record])
        let all = GoldenComparison(records: ["a": Self.record], golden: withStale, spec: "s", operation: "op", mode: .all)
        #expect(all.outcomes == ["a": .matched])
        #expect(all.updated?.cases == ["a": Self.record])
        let kept = GoldenComparison(records: ["a": Self.record], golden: withStale, spec: "s", operation: "op", mode: .failed)
        #expect(kept.updated == nil)
    }

    @Test(arguments: [
        (#"{"spec": "s", "operation": "op", "cases": []}"#,
         "op.json:1:43: error: 'cases' must be an object of records by case ID [golden.malformed]"),
        ("{\"spec\": \"s\", \"operation\": \"op\",\n \"cases\": {\"c1\": {\"request\": {}}}}",
         "op.json:2:18: error: case 'c1' must have a 'request' and a 'response' [golden.malformed]"),
        ("{\"spec\": \"s\", \"operation\": \"op\", \"cases\": {\n  \"c1\": {\"request\": {}, \"response\": {\"status\": \"200\"}}}}",
         "op.json:2:37: error: 'response' must have an integer 'status' [golden.malformed]"),
        ("{\"spec\": \"s\", \"extra\": 1}", "op.json:1:15: error: unknown member 'extra'; expected 'spec', 'operation' and 'cases' [golden.malformed]"),
    ])
    func malformedFilesArePositioned(_ text: String, _ expected: String) {
        #expect(throws: LoadError.self) { try GoldenFile(DocumentLoader.load(bytes: Array(text.utf8), file: "op.json")) }
        do {
            _ = try GoldenFile(DocumentLoader.load(bytes: Array(text.utf8), file: "op.json"))
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func fileNames() throws {
        let document = try Document(text: """
            openapi: 3.0.3
            info: {title: T, version: "1"}
            paths:
              /items/{id}:
                get:
                  responses: {"200": {description: ok}}
                post:
                  operationId: createItem
                  responses: {"200": {description: ok}}
            """, file: "t.yaml")
        #expect(document.operations.map(GoldenFile.fileName(for:)).sorted() == ["GET-_items__id_.json", "createItem.json"])
    }
}
