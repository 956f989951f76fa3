import ConformCore
import Foundation
import Testing

/// A validator over `{"openapi": version, "components": {"schemas": schemas}}` saved as `spec.yaml`.
private func makeValidator(
    _ schemas: JSONValue, version: String = "3.0.3", positions: [(String, Int, Int)] = [],
    nullable: NullableReading = .specification
) -> SchemaValidator {
    var map = SourceMap(file: "spec.yaml")
    for (pointer, line, column) in positions {
        map.setValueLocation(line: line, column: column, for: JSONPointer(pointer)!)
    }
    let root: JSONValue = ["openapi": .string(version), "components": ["schemas": schemas]]
    let documents = DocumentSet(root: LoadedDocument(root: root, sourceMap: map, warnings: []), preloaded: [])
    return SchemaValidator(documents: documents, nullable: nullable)
}

private func schema(_ name: String) -> DocumentPointer {
    DocumentPointer(file: "spec.yaml", pointer: JSONPointer(tokens: ["components", "schemas", name]))
}

/// The error descriptions for `instance` against schema `name`.
private func errors(
    _ validator: SchemaValidator, _ name: String, _ instance: JSONValue, _ direction: MessageDirection = .none
) -> [String] {
    let errors = validator.validate(instance, against: schema(name), direction: direction)
    // The fast path must agree with the full one.
    #expect(validator.isValid(instance, against: schema(name), direction: direction) == errors.isEmpty)
    return errors.map(\.description)
}

private func number(_ literal: String) -> JSONValue { .number(JSONNumber(literal: literal)!) }

@Suite("Schema validation: OpenAPI behaviour")
struct OpenAPISchemaTests {
    @Test func dialectIsDetectedFromTheRoot() {
        #expect(SchemaDialect.detect(in: ["openapi": "3.0.3"]) == .openAPI30)
        #expect(SchemaDialect.detect(in: ["openapi": "3.1.0"]) == .openAPI31)
        #expect(SchemaDialect.detect(in: ["$schema": "http://json-schema.org/draft-04/schema#"]) == .draft4)
        #expect(SchemaDialect.detect(in: ["$schema": "https://json-schema.org/draft/2020-12/schema"]) == .draft2020_12)
        #expect(makeValidator([:], version: "3.1.0").dialect == .openAPI31)
    }

    @Test func nullableAddsNullToTheTypeIn30Only() {
        let schemas: JSONValue = [
            "Name": ["type": "string", "nullable": true],
            "Strict": ["type": "string"],
            "Status": ["type": "string", "nullable": true, "enum": ["open", "paid"]],
            "StatusOrNull": ["type": "string", "nullable": true, "enum": ["open", "paid", .null]],
        ]
        let v30 = makeValidator(schemas)
        #expect(errors(v30, "Name", .null) == [])
        #expect(errors(v30, "Strict", .null) == [
            "(root): null is not of type \"string\" (spec.yaml#/components/schemas/Strict/type)"
        ])
        // OAS 3.0.3: nullable only widens `type`; an enum must list null itself.
        #expect(errors(v30, "Status", .null) == [
            "(root): null is not one of [\"open\", \"paid\"] (spec.yaml#/components/schemas/Status/enum)"
        ])
        #expect(errors(v30, "StatusOrNull", .null) == [])
        // 3.1 has no `nullable`: type arrays say it.
        let v31 = makeValidator(
            ["Name": ["type": "string", "nullable": true], "Either": ["type": ["string", "null"]]], version: "3.1.0")
        #expect(errors(v31, "Name", .null) == [
            "(root): null is not of type \"string\" (spec.yaml#/components/schemas/Name/type)"
        ])
        #expect(errors(v31, "Either", .null) == [])
        #expect(errors(v31, "Either", 1) == [
            "(root): 1 is not of type \"string\", \"null\" (spec.yaml#/components/schemas/Either/type)"
        ])
    }

    @Test func lenientNullableAdmitsNullPastEnumAndApplicators() {
        let schemas: JSONValue = [
            "Status": ["type": "string", "nullable": true, "enum": ["open", "paid"]],
            "Expandable": ["nullable": true, "anyOf": [["type": "string"], ["$ref": "#/components/schemas/Status"]]],
        ]
        let lenient = makeValidator(schemas, nullable: .lenient)
        #expect(errors(lenient, "Status", .null) == [])
        #expect(errors(lenient, "Expandable", .null) == [])
        #expect(errors(lenient, "Status", "void") == [
            "(root): \"void\" is not one of [\"open\", \"paid\"] (spec.yaml#/components/schemas/Status/enum)"
        ])
        #expect(errors(makeValidator(schemas), "Expandable", .null) == [
            "(root): null is not valid against any schema in anyOf (spec.yaml#/components/schemas/Expandable/anyOf)"
        ])
    }

    @Test func booleanExclusiveBoundsIn30() {
        let v = makeValidator([
            "Positive": ["type": "number", "minimum": 0, "exclusiveMinimum": true],
            "Below100": ["type": "number", "maximum": 100, "exclusiveMaximum": true],
        ])
        #expect(errors(v, "Positive", 0) == [
            "(root): 0 is less than or equal to exclusive minimum 0 (spec.yaml#/components/schemas/Positive/minimum)"
        ])
        #expect(errors(v, "Positive", 0.001) == [])
        #expect(errors(v, "Below100", 100) == [
            "(root): 100 is greater than or equal to exclusive maximum 100 (spec.yaml#/components/schemas/Below100/maximum)"
        ])
        #expect(errors(v, "Below100", number("99.999999999999999999")) == [])
    }

    @Test func numericExclusiveBoundsIn31() {
        let v = makeValidator(["Positive": ["exclusiveMinimum": 0]], version: "3.1.0")
        #expect(errors(v, "Positive", 0) == [
            "(root): 0 is less than or equal to exclusive minimum 0 (spec.yaml#/components/schemas/Positive/exclusiveMinimum)"
        ])
    }

    static let integerBounds: [(String, String, Bool)] = [
        ("int32", "2147483647", true), ("int32", "2147483648", false),
        ("int32", "-2147483648", true), ("int32", "-2147483649", false),
        ("int64", "9223372036854775807", true), ("int64", "9223372036854775808", false),
        ("int64", "-9223372036854775808", true), ("int64", "-9223372036854775809", false),
    ]

    @Test(arguments: integerBounds)
    func integerFormatBoundsAreExact(format: String, literal: String, valid: Bool) {
        let v = makeValidator(["N": ["type": "integer", "format": .string(format)]])
        let range = format == "int32" ? "-2147483648…2147483647" : "-9223372036854775808…9223372036854775807"
        let expected = valid ? [] : [
            "(root): \(literal) is not a valid \"\(format)\" (outside \(range)) (spec.yaml#/components/schemas/N/format)"
        ]
        #expect(errors(v, "N", number(literal)) == expected)
    }

    @Test(arguments: [("19.99", true), ("0.07", true), ("0.015", false), ("100", true), ("1e-3", false)])
    func decimalMultipleOfIsExact(literal: String, valid: Bool) {
        let v = makeValidator(["Price": ["type": "number", "multipleOf": 0.01]])
        let expected = valid ? [] : [
            "(root): \(JSONNumber(literal: literal)!) is not a multiple of 0.01 (spec.yaml#/components/schemas/Price/multipleOf)"
        ]
        #expect(errors(v, "Price", number(literal)) == expected)
    }

    static let pets: JSONValue = [
        "Pet": [
            "oneOf": [["$ref": "#/components/schemas/Cat"], ["$ref": "#/components/schemas/Dog"], ["$ref": "#/components/schemas/Fish"]],
            "discriminator": ["propertyName": "petType", "mapping": ["cat": "#/components/schemas/Cat", "dog": "Dog"]],
        ],
        "Cat": ["type": "object", "required": ["petType"], "properties": ["petType": ["type": "string"], "lives": ["type": "integer", "maximum": 9]]],
        "Dog": ["type": "object", "required": ["petType"], "properties": ["petType": ["type": "string"], "bark": ["type": "string"]]],
        "Fish": ["type": "object", "required": ["petType"], "properties": ["petType": ["type": "string"]]],
    ]

    @Test func discriminatorPicksTheBranch() {
        let v = makeValidator(Self.pets)
        #expect(errors(v, "Pet", ["petType": "cat", "lives": 9]) == [])
        #expect(errors(v, "Pet", ["petType": "Fish"]) == [])
        // The chosen branch's own error, not a vague oneOf failure.
        #expect(errors(v, "Pet", ["petType": "dog", "bark": 5]) == [
            "/bark: 5 is not of type \"string\" (spec.yaml#/components/schemas/Dog/properties/bark/type)"
        ])
        #expect(errors(v, "Pet", ["petType": "cat", "lives": 10]) == [
            "/lives: 10 is greater than maximum 9 (spec.yaml#/components/schemas/Cat/properties/lives/maximum)"
        ])
    }

    @Test func discriminatorValueThatMapsToNothingNamesTheDiscriminator() {
        let v = makeValidator(Self.pets)
        #expect(errors(v, "Pet", ["petType": "lizard"]) == [
            "/petType: discriminator \"petType\" value \"lizard\" maps to no schema (expected one of \"cat\", \"dog\", \"Fish\") (spec.yaml#/components/schemas/Pet/discriminator)"
        ])
        #expect(errors(v, "Pet", ["name": "Rex"]) == [
            "(root): discriminator property \"petType\" is missing (spec.yaml#/components/schemas/Pet/discriminator)"
        ])
    }

    /// A value that is not an object names no branch; it still has to be valid against one,
    /// so a `null` where every branch is an object fails (it used to pass unchecked).
    @Test func discriminatorRefusesAValueNoBranchAccepts() {
        let v = makeValidator(Self.pets)
        #expect(errors(v, "Pet", .null) == [
            "(root): null is not valid against any schema of discriminator \"petType\" (\"cat\", \"dog\", \"Fish\") (spec.yaml#/components/schemas/Pet/discriminator)"
        ])
        #expect(errors(v, "Pet", 7) == [
            "(root): 7 is not valid against any schema of discriminator \"petType\" (\"cat\", \"dog\", \"Fish\") (spec.yaml#/components/schemas/Pet/discriminator)"
        ])
    }

    @Test func discriminatorOverInlineBranchesLeavesTheChoiceToOneOf() {
        // Dodo's webhook payload: every branch inline, no mapping, so no value names a schema.
        let v = makeValidator([
            "Data": [
                "oneOf": [
                    ["type": "object", "required": ["kind"], "properties": ["kind": ["enum": ["payment"]]]],
                    ["type": "object", "required": ["kind"], "properties": ["kind": ["enum": ["refund"]]]],
                ],
                "discriminator": ["propertyName": "kind"],
            ]
        ])
        #expect(errors(v, "Data", ["kind": "refund"]) == [])
        #expect(errors(v, "Data", ["kind": "dispute"]) == [
            "(root): {\"kind\":\"dispute\"} is not valid against any schema in oneOf (spec.yaml#/components/schemas/Data/oneOf)"
        ])
    }

    static let user: JSONValue = [
        "Id": ["type": "string", "readOnly": true],
        "User": [
            "type": "object",
            "required": ["id", "name", "password"],
            "properties": [
                "id": ["$ref": "#/components/schemas/Id"],
                "name": ["type": "string"],
                "password": ["type": "string", "writeOnly": true],
            ],
        ],
    ]

    @Test func readOnlyAndWriteOnlyFollowTheDirection() {
        let v = makeValidator(Self.user)
        // A required readOnly property is not required in a request (here through $ref) ...
        #expect(errors(v, "User", ["name": "Ann", "password": "pw"], .request) == [])
        // ... and should not be sent.
        #expect(errors(v, "User", ["id": "u1", "name": "Ann", "password": "pw"], .request) == [
            "/id: \"id\" is read-only and must not be sent in a request (spec.yaml#/components/schemas/Id/readOnly)"
        ])
        #expect(errors(v, "User", ["id": "u1", "name": "Ann"], .response) == [])
        #expect(errors(v, "User", ["id": "u1", "name": "Ann", "password": "pw"], .response) == [
            "/password: \"password\" is write-only and must not appear in a response (spec.yaml#/components/schemas/User/properties/password/writeOnly)"
        ])
        // Without a direction both are plain annotations, and `required` means required.
        #expect(errors(v, "User", ["name": "Ann"]) == [
            "(root): \"id\" is a required property (spec.yaml#/components/schemas/User/required/0)",
            "(root): \"password\" is a required property (spec.yaml#/components/schemas/User/required/2)",
        ])
    }

    @Test func descriptionsCarryFileLineAndColumn() {
        let v = makeValidator(
            [
                "Checkout": ["type": "object", "properties": ["product_cart": ["type": "array", "items": ["$ref": "#/components/schemas/Item"]]]],
                "Item": ["type": "object", "properties": ["quantity": ["type": "integer", "minimum": 0]]],
            ],
            positions: [("/components/schemas/Item/properties/quantity/minimum", 212, 11)])
        let found = v.validate(["product_cart": [["quantity": 1], ["quantity": -1]]], against: schema("Checkout"))
        #expect(found.map(\.description) == [
            "/product_cart/1/quantity: -1 is less than minimum 0 (spec.yaml:212:11)"
        ])
        let error = found.first
        #expect(error?.keyword == "minimum")
        #expect(error?.instancePointer == JSONPointer("/product_cart/1/quantity"))
        #expect(error?.schemaPointer == schema("Item").appending("properties").appending("quantity").appending("minimum"))
        #expect(error?.location == SourceLocation(file: "spec.yaml", line: 212, column: 11))
    }

    @Test func positionsComeFromTheLoadedSpec() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths: {}
            components:
              schemas:
                Checkout:
                  type: object
                  required: [product_cart]
                  properties:
                    product_cart:
                      type: array
                      items:
                        $ref: 'items.yaml#/Item'
            """
        let items = """
            Item:
              type: object
              properties:
                quantity:
                  type: integer
                  minimum: 0
            """
        let folder = try TestSupport.temporaryFolder(["specs/checkout.yaml": spec, "specs/items.yaml": items])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let documents = try DocumentSet(file: folder + "/specs/checkout.yaml")
        let validator = SchemaValidator(documents: documents)
        let checkout = DocumentPointer(file: documents.rootFile, pointer: JSONPointer("/components/schemas/Checkout")!)
        let found = validator.validate(["product_cart": [["quantity": -1]]], against: checkout)
            .map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
        #expect(found == ["/product_cart/0/quantity: -1 is less than minimum 0 (specs/items.yaml:6:7)"])
        #expect(validator.validate([:], against: checkout).map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
            == ["(root): \"product_cart\" is a required property (specs/checkout.yaml:8:18)"])
    }

    @Test func refSiblingsAreIgnoredIn30AndAppliedIn31() {
        let schemas: JSONValue = [
            "Code": ["type": "string"],
            "Short": ["$ref": "#/components/schemas/Code", "maxLength": 2],
        ]
        #expect(errors(makeValidator(schemas), "Short", "abc") == [])
        #expect(errors(makeValidator(schemas, version: "3.1.0"), "Short", "abc") == [
            "(root): \"abc\" is longer than 2 characters (spec.yaml#/components/schemas/Short/maxLength)"
        ])
    }

    @Test func recursiveSchemasValidateAndLoopsStop() {
        let v = makeValidator([
            "Node": ["type": "object", "properties": ["children": ["type": "array", "items": ["$ref": "#/components/schemas/Node"]]]],
            "Loop": ["$ref": "#/components/schemas/Loop"],
        ])
        var deep: JSONValue = ["children": []]
        for _ in 0..<50 { deep = ["children": [deep]] }
        #expect(errors(v, "Node", deep) == [])
        #expect(errors(v, "Node", ["children": [["children": 3]]]) == [
            "/children/0/children: 3 is not of type \"array\" (spec.yaml#/components/schemas/Node/properties/children/type)"
        ])
        #expect(errors(v, "Loop", 1) == [
            "(root): reference loops back to itself without reaching a value (spec.yaml#/components/schemas/Loop/$ref)"
        ])
    }

    /// A subschema that is only a `$ref` is skipped in the walk; a cycle through such
    /// subschemas must still end at a `$ref` check, not in endless recursion.
    @Test func refOnlySubschemasKeepTheirErrorsAndTheirLoopsStop() {
        let v = makeValidator([
            "Code": ["type": "string"],
            "Holder": ["properties": ["code": ["$ref": "#/components/schemas/Code", "description": "a code"]]],
            "Ring": ["allOf": [["$ref": "#/components/schemas/Ring", "description": "itself"]]],
            "Ping": ["$ref": "#/components/schemas/Pong"],
            "Pong": ["$ref": "#/components/schemas/Ping"],
        ], version: "3.1.0")
        #expect(errors(v, "Holder", ["code": 1]) == [
            "/code: 1 is not of type \"string\" (spec.yaml#/components/schemas/Code/type)"
        ])
        #expect(errors(v, "Ring", 1) == [
            "(root): reference loops back to itself without reaching a value (spec.yaml#/components/schemas/Ring/allOf/0/$ref)"
        ])
        #expect(errors(v, "Ping", 1) == [
            "(root): reference loops back to itself without reaching a value (spec.yaml#/components/schemas/Ping/$ref)"
        ])
    }

    @Test func brokenReferencesAndPointersAreErrorsNotCrashes() {
        let v = makeValidator(["Bad": ["$ref": "#/components/schemas/Missing"]])
        #expect(errors(v, "Bad", 1) == [
            "(root): reference \"#/components/schemas/Missing\" does not resolve (spec.yaml#/components/schemas/Bad/$ref)"
        ])
        #expect(errors(v, "Nowhere", 1) == [
            "(root): schema spec.yaml#/components/schemas/Nowhere does not exist (spec.yaml#/components/schemas/Nowhere)"
        ])
    }

    @Test func firstModeStopsAtTheFirstError() {
        let v = makeValidator(["Pair": ["type": "object", "required": ["a", "b"]]])
        let pointer = schema("Pair")
        #expect(v.validate([:], against: pointer).count == 2)
        #expect(v.validate([:], against: pointer, mode: .first).count == 1)
    }

    @Test func patternsFollowECMA262() {
        let v = makeValidator([
            "Digits": ["type": "string", "pattern": "^\\d+$"],
            "Word": ["type": "string", "pattern": "^\\w+$"],
        ])
        #expect(errors(v, "Digits", "123") == [])
        // ECMA-262 `\d` is ASCII only, and `$` does not match before a final newline.
        #expect(errors(v, "Digits", "١٢٣") == [
            "(root): \"١٢٣\" does not match pattern \"^\\\\d+$\" (spec.yaml#/components/schemas/Digits/pattern)"
        ])
        #expect(errors(v, "Digits", "123\n").count == 1)
        #expect(errors(v, "Word", "héllo").count == 1)
        // ECMA-262 `.` matches every character but the four line terminators.
        let dot = makeValidator(["Any": ["type": "string", "pattern": "^.$"]])
        for text in ["\u{0B}", "\u{0C}", "\u{85}"] { #expect(errors(dot, "Any", .string(text)) == []) }
        for text in ["\n", "\r", "\u{2028}"] { #expect(errors(dot, "Any", .string(text)).count == 1) }
    }

    @Test func uniqueItemsUsesJSONEquality() {
        let v = makeValidator(["Set": ["type": "array", "uniqueItems": true]])
        #expect(errors(v, "Set", [1, number("1.0")]) == [
            "(root): items 0 and 1 are equal, but uniqueItems is true (spec.yaml#/components/schemas/Set/uniqueItems)"
        ])
        #expect(errors(v, "Set", [["a": 1, "b": 2], ["b": 2, "a": 1]]).count == 1)
        #expect(errors(v, "Set", [["a": 1], ["a": 2]]) == [])
    }

    @Test func oneValidatorServesManyTasks() async {
        let v = makeValidator(Self.pets)
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let instance: JSONValue = index % 2 == 0 ? ["petType": "cat"] : ["petType": "cow"]
                    return v.isValid(instance, against: schema("Pet")) == (index % 2 == 0)
                }
            }
            return await group.reduce(true) { $0 && $1 }
        }
        #expect(results)
    }
}
