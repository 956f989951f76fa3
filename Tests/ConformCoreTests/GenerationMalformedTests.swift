import ConformCore
import Testing

/// Malformed cases: what each sends, that each carries its defect, and how the sized ones shrink.
@Suite("Generation: malformed cases")
struct GenerationMalformedTests {
    /// The listing spec's operation, with a query parameter and a header, behind a bearer scheme.
    static let spec: JSONValue = [
        "openapi": "3.1.0",
        "info": ["title": "Tags", "version": "1"],
        "components": ["securitySchemes": ["token": ["type": "http", "scheme": "bearer"]]],
        "security": [["token": []]],
        "paths": [
            "/tags/{id}": [
                "put": [
                    "operationId": "putTag",
                    "parameters": [
                        ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "maxLength": 3]],
                        ["name": "note", "in": "query", "required": true, "schema": ["type": "string"]],
                        ["name": "X-Trace", "in": "header", "required": true, "schema": ["type": "string"]],
                    ],
                    "requestBody": [
                        "required": true,
                        "content": [
                            "application/json": [
                                "schema": [
                                    "type": "object", "required": ["color"],
                                    "properties": ["color": ["enum": ["red", "blue"]]],
                                ]
                            ]
                        ],
                    ],
                    "responses": ["204": ["description": "saved"]],
                ]
            ]
        ],
    ]

    static func cases(maxRequestBody: Int = 64) throws -> [TestCase] {
        let options = CaseGenerator.Options(kinds: [.malformed], maxRequestBody: maxRequestBody)
        return GenerationSupport.generator(try GenerationSupport.document(spec), options: options).allCases().cases
    }

    /// Each case as `malformation pointer mustReject: what goes on the wire for it`.
    static func summary(_ testCase: TestCase) -> String {
        guard case .malformed(let malformation, let pointer, let mustReject) = testCase.expectation else { return "not malformed" }
        let request = testCase.request
        let wire: String
        if pointer == JSONPointer(tokens: ["body"]) {
            let bytes = request.body ?? []
            let text = bytes.count > 32 ? "\(bytes.count) bytes" : String(decoding: bytes, as: UTF8.self).debugDescription
            wire = "\(request.contentType ?? "-") \(text)\(bytes.contains(0xFF) ? " with 0xFF" : "")"
        } else if pointer.tokens.first == "header" {
            wire = request.headers.filter { $0.name == pointer.tokens[1] }.map(\.value.debugDescription).joined(separator: ", ")
        } else {
            wire = request.target
        }
        return "\(malformation.rawValue) \(pointer) \(mustReject): \(wire)"
    }

    @Test func everyDefectOnTheWire() throws {
        #expect(try Self.cases().map(Self.summary) == [
            #"truncated JSON /body true: application/json "{\"color\":\"red\"""#,
            #"trailing comma /body true: application/json "{\"color\":\"red\",}""#,
            #"bare word /body true: application/json "undefined""#,
            #"empty body /body true: application/json """#,
            #"undeclared media type /body true: application/xml "<?xml version=\"1.0\"?><conform/>""#,
            #"invalid UTF-8 /body true: application/json "{\"color\":\"conform\#u{FFFD}\"}" with 0xFF"#,
            #"lone surrogate /body true: application/json "{\"color\":\"conform\\ud800\"}""#,
            #"NUL /body true: application/json "{\"color\":\"conform\0\"}""#,
            #"deep nesting /body true: application/json 63 bytes"#,
            #"long string /body true: application/json 64 bytes"#,
            "CR /path/id true: /tags/str%0D?note=string",
            "LF /path/id true: /tags/str%0A?note=string",
            "NUL /path/id true: /tags/str%00?note=string",
            "DEL /path/id true: /tags/str%7F?note=string",
            "invalid UTF-8 /path/id true: /tags/conform%FF?note=string",
            "CR /query/note false: /tags/str?note=string%0D",
            "LF /query/note false: /tags/str?note=string%0A",
            "NUL /query/note false: /tags/str?note=string%00",
            "DEL /query/note false: /tags/str?note=string%7F",
            "invalid UTF-8 /query/note true: /tags/str?note=conform%FF",
            #"CR /header/X-Trace true: "string\r""#,
            #"LF /header/X-Trace true: "string\n""#,
            #"NUL /header/X-Trace true: "string\0""#,
            #"DEL /header/X-Trace true: "string\u{7F}""#,
            #"unknown authorization scheme /header/Authorization true: "Conform conform-token""#,
            #"authorization without token /header/Authorization true: "Bearer""#,
            #"authorization token with spaces /header/Authorization true: "Bearer conform token with spaces""#,
        ])
    }

    @Test func idsAreStableAndDistinct() throws {
        let ids = try Self.cases().map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("malformed-") })
        #expect(try Self.cases().map(\.id) == ids)
    }

    @Test func everyCaseCarriesItsDefect() throws {
        let document = try GenerationSupport.document(Self.spec)
        for testCase in try Self.cases() {
            let problem = GenerationCorpusTests.mislabel(testCase, document: document, validator: SchemaValidator(documents: document.documents))
            #expect(problem == nil, "\(testCase.id): \(problem ?? "")")
        }
    }

    @Test func kindsSelectWhatIsMade() throws {
        let document = try GenerationSupport.document(Self.spec)
        let without = GenerationSupport.generator(document, options: .init(kinds: [.baseline])).allCases().cases
        #expect(without.map(\.kind) == [.baseline])
    }

    @Test func sizedBodiesShrinkByBisection() async throws {
        let document = try GenerationSupport.document(Self.spec)
        let generator = GenerationSupport.generator(document, options: .init(kinds: [.malformed], maxRequestBody: 4096))
        let deep = try #require(generator.allCases().cases.first { Self.summary($0).hasPrefix("deep nesting") })
        #expect(deep.request.body?.count == 4095)
        var asked = 0
        // A parser that gives up past 100 levels: the smallest failing case is 101 deep.
        let smallest = await generator.shrink(deep) { candidate in
            asked += 1
            return (candidate.request.body?.count ?? 0) + 1 > 2 * 100
        }
        #expect(smallest.request.body == Array(String(repeating: "[", count: 101).utf8) + Array(String(repeating: "]", count: 100).utf8))
        #expect(asked <= 12)
        #expect(smallest.id == deep.id)
    }

    @Test func otherMalformedCasesDoNotShrink() async throws {
        let document = try GenerationSupport.document(Self.spec)
        let generator = GenerationSupport.generator(document, options: .init(kinds: [.malformed]))
        let truncated = try #require(generator.allCases().cases.first)
        #expect(await generator.shrink(truncated) { _ in true } == truncated)
    }
}
