import ConformCore
import Testing

@Suite("Generation: multipart bodies")
struct GenerationMultipartTests {
    static func spec(content: JSONValue) -> JSONValue {
        [
            "openapi": "3.0.3",
            "info": ["title": "Uploads", "version": "1"],
            "paths": [
                "/uploads": [
                    "post": [
                        "operationId": "upload",
                        "requestBody": ["required": true, "content": content],
                        "responses": ["201": ["description": "created"]],
                    ]
                ]
            ],
        ]
    }

    static let upload: JSONValue = [
        "schema": [
            "type": "object",
            "required": ["name", "file"],
            "properties": [
                "name": ["type": "string", "maxLength": 8],
                "file": ["type": "string", "format": "binary"],
                "meta": ["type": "object", "required": ["size"], "properties": ["size": ["type": "integer"]]],
                "count": ["type": "integer", "minimum": 1],
            ],
        ],
        "encoding": ["file": ["contentType": "image/png"]],
    ]

    let cases: [TestCase]

    init() throws {
        let document = try GenerationSupport.document(Self.spec(content: ["multipart/form-data": Self.upload]))
        cases = GenerationSupport.generator(document).allCases().cases
    }

    @Test func theBaselineIsOnePartPerMemberWithItsEncoding() throws {
        let baseline = try #require(cases.first { $0.kind == .baseline })
        let boundary = "conform-" + StableHash.hex(StableHash.of("upload"))
        #expect(baseline.request.contentType == "multipart/form-data; boundary=\(boundary)")
        #expect(baseline.request.headers.map(\.name) == ["Content-Type"])
        #expect(baseline.request.jsonBody == nil)
        let body = String(decoding: try #require(baseline.request.body), as: UTF8.self)
        #expect(body == """
            --\(boundary)\r
            Content-Disposition: form-data; name="name"\r
            \r
            string\r
            --\(boundary)\r
            Content-Disposition: form-data; name="file"\r
            Content-Type: image/png\r
            \r
            binary-data\r
            --\(boundary)--\r

            """)
    }

    @Test func objectMembersTravelAsJSONParts() throws {
        let withMeta = try #require(cases.first { $0.kind == .optionalMissing && $0.pointer == JSONPointer("/body/count")! })
        let body = String(decoding: try #require(withMeta.request.body), as: UTF8.self)
        #expect(body.contains("Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"size\":1}\r\n"))
    }

    @Test func partsAreTextSoOnlyStringsAreWrongTypesAndNullIsNeverSent() {
        // The body itself is its parts: it has no wrong type to send.
        #expect(!cases.contains { $0.kind == .wrongType && $0.pointer == JSONPointer("/body")! })
        #expect(!cases.contains { $0.kind == .nullRejected || $0.kind == .nullAllowed })
        let wrong = cases.filter { $0.kind == .wrongType }
        #expect(!wrong.isEmpty)
        for testCase in wrong {
            // `1.5` goes only where an integer is wanted: the wire tells it apart from one.
            #expect(["wrong-type", "1.5"].contains(testCase.inputs.value(at: testCase.pointer)), "\(testCase.pointer)")
        }
        #expect(cases.contains { $0.expectation == .invalid(keyword: "required", pointer: JSONPointer("/body")!) })
        #expect(cases.contains { $0.expectation == .invalid(keyword: "maxLength", pointer: JSONPointer("/body/name")!) })
    }

    @Test func multipartIsPreferredToOtherNonJSONTypesButNotToJSON() throws {
        let octet: JSONValue = ["schema": ["type": "string", "format": "binary"]]
        let json: JSONValue = ["schema": ["type": "object"]]
        let both = try GenerationSupport.document(Self.spec(content: ["application/octet-stream": octet, "multipart/form-data": Self.upload]))
        let chosen = GenerationSupport.generator(both).allCases().cases.first { $0.kind == .baseline }
        #expect(chosen?.inputs.mediaType == "multipart/form-data")
        let three = try GenerationSupport.document(Self.spec(content: [
            "application/octet-stream": octet, "multipart/form-data": Self.upload, "application/json": json,
        ]))
        #expect(GenerationSupport.generator(three).allCases().cases.first?.inputs.mediaType == "application/json")
    }

    @Test func mediaTypeNamesAreMatchedByTheirEssence() throws {
        // Media type names are case-insensitive (RFC 9110) and may carry parameters.
        let name = "Multipart/Form-Data; charset=utf-8"
        let document = try GenerationSupport.document(Self.spec(content: [
            "application/octet-stream": ["schema": ["type": "string", "format": "binary"]], name: Self.upload,
        ]))
        let baseline = try #require(GenerationSupport.generator(document).allCases().cases.first { $0.kind == .baseline })
        let boundary = "conform-" + StableHash.hex(StableHash.of("upload"))
        #expect(baseline.inputs.mediaType == name)
        #expect(baseline.request.contentType == "multipart/form-data; boundary=\(boundary)")
    }
}
