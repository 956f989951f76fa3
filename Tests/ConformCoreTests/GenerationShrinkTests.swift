import ConformCore
import Testing

@Suite("Generation: shrinking")
struct GenerationShrinkTests {
    static let spec: JSONValue = [
        "openapi": "3.1.0",
        "info": ["title": "Items", "version": "1"],
        "paths": [
            "/items": [
                "post": [
                    "operationId": "createItem",
                    "parameters": [["name": "limit", "in": "query", "schema": ["type": "integer", "minimum": 10]]],
                    "requestBody": [
                        "required": true,
                        "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Item"]]],
                    ],
                    "responses": ["200": ["description": "ok"]],
                ]
            ]
        ],
        "components": [
            "schemas": [
                "Item": [
                    "type": "object",
                    "required": ["name", "count", "level"],
                    "properties": [
                        "name": ["type": "string", "minLength": 2],
                        "count": ["type": "integer", "minimum": 3],
                        "level": ["type": "integer", "maximum": -5],
                        "tags": ["type": "array", "items": ["type": "string"]],
                        "note": ["type": "string"],
                    ],
                ]
            ]
        ],
    ]

    let document: Document
    let generator: CaseGenerator
    let cases: [TestCase]
    let limit = ParameterKey(location: .query, name: "limit")

    init() throws {
        document = try GenerationSupport.document(Self.spec)
        generator = GenerationSupport.generator(document)
        cases = generator.allCases().cases
    }

    /// The baseline case with a larger request than the generator makes.
    func bigValidCase() throws -> TestCase {
        var testCase = try #require(cases.first { $0.kind == .baseline })
        testCase.inputs.body = [
            "name": "abcdefgh", "count": 100, "level": -100, "tags": ["x", "yy", "zzz"], "note": "hello",
        ]
        testCase.inputs.parameters[limit] = 640
        return testCase
    }

    @Test func dropsOptionalMembersShortensAndMovesNumbersToTheirBounds() async throws {
        let shrunk = await generator.shrink(try bigValidCase()) { _ in true }
        #expect(shrunk.inputs.body == ["name": "ab", "count": 3, "level": -5])
        #expect(shrunk.inputs.parameters.isEmpty)
        #expect(shrunk.request.jsonBody == shrunk.inputs.body)
        #expect(shrunk.request.target == "/items")
        #expect(shrunk.expectation == .valid)
        #expect(shrunk.id == (try bigValidCase()).id)
    }

    @Test func thePredicateDecidesWhatMustStay() async throws {
        let shrunk = await generator.shrink(try bigValidCase()) { candidate in
            (candidate.inputs.body?["tags"]?.arrayValue?.count ?? 0) >= 1
                && (candidate.inputs.parameters[limit]?.numberValue ?? 0) > 20
        }
        #expect(shrunk.inputs.body == ["name": "ab", "count": 3, "level": -5, "tags": [""]])
        #expect(shrunk.inputs.parameters[limit] == 21)
        #expect(shrunk.request.target == "/items?limit=21")
    }

    @Test func everyStepKeepsTheExpectation() async throws {
        let validator = SchemaValidator(documents: document.documents)
        var seen: [TestCase] = []
        _ = await generator.shrink(try bigValidCase()) { candidate in
            seen.append(candidate)
            return true
        }
        #expect(seen.count > 10)
        for candidate in seen {
            #expect(GenerationCorpusTests.mislabel(candidate, document: document, validator: validator) == nil,
                "\(candidate.inputs)")
        }
    }

    @Test func anInvalidCaseStaysInvalidBySameKeywordAtTheSamePointer() async throws {
        var start = try #require(cases.first { $0.kind == .pastBound && $0.pointer == JSONPointer("/body/count")! })
        #expect(start.expectation == .invalid(keyword: "minimum", pointer: JSONPointer("/body/count")!))
        var members = try #require(start.inputs.body?.objectValue)
        members["tags"] = ["a", "b"]
        members["note"] = "a note"
        start.inputs.body = .object(members)
        let validator = SchemaValidator(documents: document.documents)
        var steps = 0
        let shrunk = await generator.shrink(start) { candidate in
            steps += 1
            #expect(GenerationCorpusTests.mislabel(candidate, document: document, validator: validator) == nil)
            return true
        }
        #expect(steps > 0)
        #expect(shrunk.expectation == start.expectation)
        #expect(shrunk.inputs.body == ["name": "st", "count": 0, "level": -5])
    }

    @Test func nothingSmallerLeavesTheCaseUnchanged() async throws {
        let start = try bigValidCase()
        let shrunk = await generator.shrink(start) { $0.inputs == start.inputs }
        #expect(shrunk == start)
    }
}
