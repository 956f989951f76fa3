import ConformCore
import Testing

/// What `conform cases` prints, for a spec small enough to read every line.
@Suite("Generation: case listings (table and JSON lines)")
struct GenerationListingTests {
    static let spec: JSONValue = [
        "openapi": "3.1.0",
        "info": ["title": "Tags", "version": "1"],
        "paths": [
            "/tags/{id}": [
                "put": [
                    "operationId": "putTag",
                    "parameters": [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "maxLength": 3]]],
                    "requestBody": [
                        "content": [
                            "application/json": [
                                "schema": [
                                    "type": "object", "required": ["color"],
                                    "properties": ["color": ["enum": ["red", "blue"]]],
                                ]
                            ]
                        ]
                    ],
                    "responses": ["204": ["description": "saved"]],
                ]
            ]
        ],
    ]

    let cases: [TestCase]

    init() throws {
        // Malformed cases have a listing of their own (GenerationMalformedTests).
        let options = CaseGenerator.Options(kinds: Set(CaseKind.allCases).subtracting([.malformed]))
        cases = GenerationSupport.generator(try GenerationSupport.document(Self.spec), options: options).allCases().cases
    }

    @Test func table() {
        #expect(TestCase.table(cases) == """
            ID                                OPERATION  KIND             POINTER      EXPECTATION                 BODY
            baseline-1b5e86519ebb9e02         putTag     baseline                      valid                       {"color":"red"}
            length-5488e9e2d39b23f6           putTag     length           /path/id     valid                       {"color":"red"}
            pastLength-364cc9ca56664847       putTag     pastLength       /path/id     invalid maxLength /path/id  {"color":"red"}
            optionalMissing-39644f8b5eb1b910  putTag     optionalMissing  /body        valid
            nullRejected-9b3141910ec00417     putTag     nullRejected     /body        invalid type /body          null
            wrongType-df6d7b9c04f4c30c        putTag     wrongType        /body        invalid type /body          true
            wrongType-5ed9bcc09bb74868        putTag     wrongType        /body        invalid type /body          "wrong-type"
            wrongType-0b62e5fbb4f274e7        putTag     wrongType        /body        invalid type /body          1
            wrongType-3d4c78b2bc32f69c        putTag     wrongType        /body        invalid type /body          []
            requiredMissing-dde3eb7136ab119a  putTag     requiredMissing  /body/color  invalid required /body      {}
            enumValue-2ca66f12cd43d17f        putTag     enumValue        /body/color  valid                       {"color":"red"}
            enumValue-9dfe345fff0f9726        putTag     enumValue        /body/color  valid                       {"color":"blue"}
            enumOutside-765a3f91fcdfd66f      putTag     enumOutside      /body/color  invalid enum /body/color    {"color":"not_in_enum"}
            13 cases

            """)
    }

    @Test func jsonLines() throws {
        try #require(cases.count == 13)
        // The baseline; an invalid path parameter; a valid request without its optional body.
        #expect([cases[0], cases[2], cases[3]].map(\.jsonLine) == [
            "{\"id\":\"baseline-1b5e86519ebb9e02\",\"operation\":\"putTag\",\"kind\":\"baseline\",\"pointer\":\"\",\"expectation\":{\"valid\":true},\"method\":\"PUT\",\"target\":\"/tags/str\",\"headers\":[[\"Content-Type\",\"application/json\"]],\"cookies\":[],\"contentType\":\"application/json\",\"body\":{\"color\":\"red\"}}",
            "{\"id\":\"pastLength-364cc9ca56664847\",\"operation\":\"putTag\",\"kind\":\"pastLength\",\"pointer\":\"/path/id\",\"expectation\":{\"valid\":false,\"keyword\":\"maxLength\",\"pointer\":\"/path/id\"},\"method\":\"PUT\",\"target\":\"/tags/stri\",\"headers\":[[\"Content-Type\",\"application/json\"]],\"cookies\":[],\"contentType\":\"application/json\",\"body\":{\"color\":\"red\"}}",
            "{\"id\":\"optionalMissing-39644f8b5eb1b910\",\"operation\":\"putTag\",\"kind\":\"optionalMissing\",\"pointer\":\"/body\",\"expectation\":{\"valid\":true},\"method\":\"PUT\",\"target\":\"/tags/str\",\"headers\":[],\"cookies\":[]}",
        ])
    }

    @Test func anEmptyListingSaysSo() {
        #expect(TestCase.table([]) == "ID  OPERATION  KIND  POINTER  EXPECTATION  BODY\n0 cases\n")
    }
}
