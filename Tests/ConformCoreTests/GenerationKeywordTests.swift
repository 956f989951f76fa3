import ConformCore
import Testing

/// The cases of the keywords past types and bounds (issue 11): examples, lengths a pattern
/// must meet, coercible wrong types, `uniqueItems`, `multipleOf`, `const`, `not`, closed
/// objects, property counts and discriminated `oneOf` branches.
@Suite("Generation: keyword cases")
struct GenerationKeywordTests {
    static let spec: JSONValue = [
        "openapi": "3.1.0",
        "info": ["title": "Orders", "version": "1"],
        "paths": [
            "/orders": [
                "post": [
                    "operationId": "createOrder",
                    "requestBody": [
                        "required": true,
                        "content": [
                            "application/json": [
                                "schema": ["$ref": "#/components/schemas/Order"],
                                "example": [
                                    "kind": "order", "card": "4111111111111111", "tags": ["gift"],
                                    "payment": ["method": "Wallet", "wallet_id": "w1"],
                                ],
                            ]
                        ],
                    ],
                    "responses": ["201": ["description": "created"]],
                ]
            ]
        ],
        "components": [
            "schemas": [
                "Order": [
                    "type": "object", "required": ["kind", "card", "payment"], "additionalProperties": false,
                    "minProperties": 4,
                    "properties": [
                        "kind": ["type": "string", "const": "order"],
                        "card": ["type": "string", "pattern": "^\\d+$", "minLength": 13, "maxLength": 19],
                        "tags": ["type": "array", "items": ["type": "string", "example": "gift"], "uniqueItems": true, "maxItems": 3],
                        "count": ["type": "integer", "multipleOf": 5],
                        "code": ["type": "string", "not": ["enum": ["forbidden"]]],
                        "payment": [
                            "oneOf": [["$ref": "#/components/schemas/Card"], ["$ref": "#/components/schemas/Wallet"]],
                            "discriminator": ["propertyName": "method", "mapping": ["card": "#/components/schemas/Card"]],
                        ],
                    ],
                ],
                "Card": [
                    "type": "object", "required": ["method", "expiry"],
                    "properties": ["method": ["type": "string"], "expiry": ["type": "string", "pattern": "^\\d{2}/\\d{2}$"]],
                ],
                "Wallet": [
                    "type": "object", "required": ["method", "wallet_id"],
                    "properties": ["method": ["type": "string"], "wallet_id": ["type": "string"]],
                ],
            ]
        ],
    ]

    let cases: [TestCase]

    init() throws {
        cases = GenerationSupport.generator(try GenerationSupport.document(Self.spec)).allCases().cases
    }

    /// `kind value expectation` of the cases about `pointer`, in generation order.
    func summary(_ pointer: String, kinds: Set<CaseKind>? = nil) -> [String] {
        let target = JSONPointer(pointer)!
        return cases.filter { $0.pointer == target && (kinds?.contains($0.kind) ?? true) }.map { testCase in
            let value = testCase.inputs.value(at: target).map { $0.serialized() } ?? "<absent>"
            switch testCase.expectation {
            case .valid: return "\(testCase.kind.rawValue) \(value) valid"
            case .invalid(let keyword, let at): return "\(testCase.kind.rawValue) \(value) invalid \(keyword) at \(at)"
            case .malformed: return "\(testCase.kind.rawValue) \(testCase.expectation)"
            }
        }
    }

    @Test func aPatternMeetsTheLengthsBesideIt() {
        #expect(cases.first?.inputs.value(at: JSONPointer("/body/card")!) == "0000000000000")
        #expect(summary("/body/card", kinds: [.pattern, .length, .pastLength]) == [
            "pattern \"3706653678097686258\" valid",
            "pattern \"~~~~~~~~~~~~~\" invalid pattern at /body/card",
            "length \"0000000000000\" valid",
            "pastLength \"000000000000\" invalid minLength at /body/card",
            "length \"0000000000000000000\" valid",
            "pastLength \"00000000000000000000\" invalid maxLength at /body/card",
        ])
    }

    @Test func everyExampleTheValidatorAcceptsIsACase() {
        #expect(summary("/body", kinds: [.example]) == [
            #"example {"kind":"order","card":"4111111111111111","tags":["gift"],"payment":{"method":"Wallet","wallet_id":"w1"}} valid"#
        ])
        #expect(summary("/body/tags/0", kinds: [.example]) == ["example \"gift\" valid"])
    }

    @Test func integersGetEveryWrongTypeAndTheStringsALenientServerCoerces() {
        #expect(summary("/body/count", kinds: [.wrongType]) == [
            "wrongType true invalid type at /body/count",
            "wrongType \"wrong-type\" invalid type at /body/count",
            "wrongType {} invalid type at /body/count",
            "wrongType [] invalid type at /body/count",
            "wrongType 1.5 invalid type at /body/count",
            "wrongType \"1\" invalid type at /body/count",
            "wrongType \"1.5\" invalid type at /body/count",
            "wrongType \"\" invalid type at /body/count",
        ])
        #expect(summary("/body/count", kinds: [.pastMultipleOf]) == ["pastMultipleOf 1 invalid multipleOf at /body/count"])
    }

    @Test func arraysBreakUniqueItemsAndMaxItemsAndMayBeEmpty() {
        #expect(summary("/body/tags", kinds: [.items, .pastItems, .empty, .duplicateItems]) == [
            #"items ["gift","U8BBV2GrX","UKVtvTTpTv"] valid"#,
            #"pastItems ["gift","U8BBV2GrX","UKVtvTTpTv","R"] invalid maxItems at /body/tags"#,
            "empty [] valid",
            #"duplicateItems ["gift","gift"] invalid uniqueItems at /body/tags"#,
        ])
    }

    @Test func constNotAndClosedObjectsEachFailTheirOwnKeyword() {
        #expect(summary("/body/kind", kinds: [.constOutside]) == ["constOutside \"not_in_enum\" invalid const at /body/kind"])
        #expect(summary("/body/code", kinds: [.notMatched, .empty]) == [
            "notMatched \"forbidden\" invalid not at /body/code", "empty \"\" valid",
        ])
        #expect(summary("/body", kinds: [.pastProperties, .additionalProperty]) == [
            #"pastProperties {"kind":"order","card":"0000000000000","payment":{"method":"card","expiry":"00/00"}} invalid minProperties at /body"#,
            #"additionalProperty {"kind":"order","card":"0000000000000","payment":{"method":"card","expiry":"00/00"},"tags":["gift"],"unexpected_property":"value"} invalid additionalProperties at /body/unexpected_property"#,
        ])
    }

    /// One valid case per branch, its discriminator value set (the mapping's key, else the
    /// component's name), and the branch's own cases failing at their own pointers.
    @Test func eachDiscriminatedBranchIsACaseAndIsWalked() {
        #expect(summary("/body/payment", kinds: [.branch]) == [
            #"branch {"method":"card","expiry":"00/00"} valid"#,
            #"branch {"method":"Wallet","wallet_id":"string"} valid"#,
        ])
        #expect(summary("/body/payment/expiry", kinds: [.pattern]) == [
            "pattern \"93/61\" valid", "pattern \"\" invalid pattern at /body/payment/expiry",
        ])
    }

    @Test func gr4vysFieldsUpdateHasACaseForEveryPaymentMethod() throws {
        let document = try Document(file: TestSupport.spec("gr4vy-checkout-sessions.yaml"))
        let operation = try #require(document.operation(withID: "updateCheckoutSessionFields"))
        let cases = GenerationSupport.generator(document).cases(for: operation).cases
        let methods = cases.filter { $0.kind == .branch }.compactMap { $0.inputs.body?[pointer: JSONPointer("/payment_method/method")!] }
        #expect(methods == ["card", "click-to-pay", "id"])
        #expect(cases.contains { $0.kind == .example && $0.pointer == JSONPointer("/body")! })
    }

    @Test func aDroppedBaselineNamesTheInnermostSchema() throws {
        let spec: JSONValue = [
            "openapi": "3.1.0", "info": ["title": "x", "version": "1"],
            "paths": ["/a": ["post": [
                "operationId": "post",
                "requestBody": ["content": ["application/json": ["schema": [
                    "type": "object", "required": ["code"],
                    "properties": ["code": ["type": "string", "pattern": "^a$", "minLength": 2]],
                ]]]],
                "responses": ["204": ["description": "ok"]],
            ]]],
        ]
        let result = GenerationSupport.generator(try GenerationSupport.document(spec)).allCases()
        #expect(result.cases.isEmpty)
        #expect(result.diagnostics.map(\.message) == [
            "post: dropped baseline case at /body: no valid body, first at x.yaml#/paths/~1a/post/requestBody/content/application~1json/schema/properties/code (schema x.yaml#/paths/~1a/post/requestBody/content/application~1json/schema)"
        ])
    }
}
