import ConformCore
import Foundation
import Testing

/// Changes of spelling that no value can tell apart report nothing breaking.
@Suite("drift refactors")
struct DriftRefactorTests {
    @Test("inline schemas and $refs to the same schema are no change")
    func inlineAndReference() async throws {
        let new = DriftSupport.edit(DriftSupport.dodo, [
            ("billing_currency: {anyOf: [{$ref: '#/components/schemas/Currency'}, {type: 'null'}]}",
                "billing_currency: {type: [string, 'null'], enum: [USD, EUR, GBP, INR, null]}"),
            ("currency: {$ref: '#/components/schemas/Currency'}", "currency: {type: string, enum: [USD, EUR, GBP, INR]}"),
            ("product_cart: {type: array, items: {$ref: '#/components/schemas/ProductItem'}, minItems: 1}",
                "product_cart: {type: array, minItems: 1, items: {type: object, required: [product_id, quantity], properties: {product_id: {type: string, maxLength: 64}, quantity: {type: integer, format: int32, minimum: 1, maximum: 1000}, amount: {type: integer, format: int64}}}}"),
        ])
        #expect(try await DriftSupport.drift(DriftSupport.dodo, new).report.changes == [])
    }

    @Test("a one-branch allOf around a $ref is no change")
    func oneBranchAllOf() async throws {
        let new = DriftSupport.edit(DriftSupport.dodo, [
            ("billing_address: {$ref: '#/components/schemas/BillingAddress'}",
                "billing_address: {description: Where the bill goes, allOf: [{$ref: '#/components/schemas/BillingAddress'}]}"),
        ])
        #expect(try await DriftSupport.drift(DriftSupport.dodo, new).report.changes == [])
    }

    @Test("3.0 nullable, 3.1 type arrays, anyOf and oneOf with null, boolean and numeric exclusive bounds are the same")
    func nullableForms() async throws {
        let new = DriftSupport.edit(DriftSupport.quaderno30, [
            ("openapi: 3.0.3", "openapi: 3.1.0"),
            ("tax_id: {type: string, nullable: true}", "tax_id: {type: [string, 'null']}"),
            ("po_number: {type: string, nullable: true, maxLength: 30}",
                "po_number: {anyOf: [{type: string, maxLength: 30}, {type: 'null'}]}"),
            ("due_date: {type: string, format: date, nullable: true}",
                "due_date: {oneOf: [{type: 'null'}, {type: string, format: date}]}"),
            ("        contact:\n          nullable: true\n          allOf: [{$ref: '#/components/schemas/Contact'}]",
                "        contact: {anyOf: [{$ref: '#/components/schemas/Contact'}, {type: 'null'}]}"),
            ("notes: {type: string, nullable: true}", "notes: {type: [string, 'null']}"),
            ("total: {type: number, minimum: 0, exclusiveMinimum: true}", "total: {type: number, exclusiveMinimum: 0}"),
        ])
        #expect(try await DriftSupport.drift(DriftSupport.quaderno30, new).report.changes == [])
    }

    @Test("reordered keys, properties and paths are no change")
    func reorderedKeys() async throws {
        let new = DriftSupport.edit(DriftSupport.dodo, [
            ("      type: object\n      required: [country]\n      properties:\n        country: {$ref: '#/components/schemas/CountryCodeAlpha2'}\n        city: {type: string}\n        zipcode: {type: [string, 'null']}",
                "      properties:\n        zipcode: {type: [string, 'null']}\n        city: {type: string}\n        country: {$ref: '#/components/schemas/CountryCodeAlpha2'}\n      required: [country]\n      type: object"),
            ("Currency: {type: string, enum: [USD, EUR, GBP, INR]}", "Currency: {enum: [USD, EUR, GBP, INR], type: string}"),
        ])
        #expect(try await DriftSupport.drift(DriftSupport.dodo, new).report.changes == [])
    }

    @Test("renamed path parameters still match")
    func renamedPathParameter() async throws {
        let new = DriftSupport.edit(DriftSupport.dodo, [
            ("  /checkouts/{session_id}:", "  /checkouts/{id}:"),
            ("        - {name: session_id, in: path, required: true, schema: {type: string}}\n        - {name: expand",
                "        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: expand"),
            ("        - {name: session_id, in: path, required: true, schema: {type: string}}\n      responses:\n        '204'",
                "        - {name: id, in: path, required: true, schema: {type: string}}\n      responses:\n        '204'"),
        ])
        #expect(try await DriftSupport.drift(DriftSupport.dodo, new).report.changes == [])
    }

    @Test("YAML to JSON is no change, and positions point into each file")
    func yamlToJSON() async throws {
        let folder = try TestSupport.temporaryFolder(["old.yaml": DriftSupport.dodo])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = try DocumentLoader.load(path: folder + "/old.yaml").root.serialized(.canonical)
        #expect(try await DriftSupport.drift(DriftSupport.dodo, json, newName: "new.json").report.changes == [])

        // Removing INR: the change points at `enum` in both files.
        let edited = json.replacingOccurrences(of: "\"GBP\",\n          \"INR\"\n", with: "\"GBP\"\n")
        let outcome = try await DriftSupport.drift(DriftSupport.dodo, edited, newName: "new.json")
        let change = try #require(outcome.changes(.requestEnumValueRemoved).first)
        let lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
        let currency = try #require(lines.firstIndex { $0.contains("\"Currency\": {") })
        let line = try #require(lines[currency...].firstIndex { $0.contains("\"enum\"") })
        let column = lines[line].distance(from: lines[line].startIndex, to: lines[line].firstIndex(of: "\"")!) + 1
        #expect(change.old == SourceLocation(file: outcome.folder + "/old.yaml", line: 56, column: 30))
        #expect(change.new == SourceLocation(file: outcome.folder + "/new.json", line: line + 1, column: column))
    }

    @Test("a breaking rule without a witness is a refactor")
    func noWitness() async throws {
        // Every country code has two letters, so raising minLength from 1 to 2 refuses none of them.
        let old = DriftSupport.edit(DriftSupport.dodo, [("minLength: 2, maxLength: 2}", "minLength: 1, maxLength: 2}")])
        let outcome = try await DriftSupport.drift(old, DriftSupport.dodo)
        #expect(outcome.text == """
            info request-min-length-raised minLength changed from 1 to 2 old.yaml:57:63 -> new.yaml:57:63 refactor: no witness at createCheckout request body application/json /billing_address/country (+1 more)
            0 breaking, 0 warning, 1 info (1 refactor)

            """)
        let change = try #require(outcome.report.changes.first)
        #expect(change.isRefactor && change.witness == nil)
        #expect(change.reason == """
            no witness: 30 values tried at 2 places (plain values and the schemas' examples, the first and second \
            anyOf/oneOf branch); none is accepted by one version and rejected by the other
            """)
    }

    @Test("recursive schemas terminate and report a deep change once")
    func recursion() async throws {
        let old = """
            openapi: 3.1.0
            info: {title: Tree, version: "1"}
            paths:
              /categories:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Category'}
            components:
              schemas:
                Category:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    kind: {type: string, enum: [leaf, node]}
                    children: {type: array, items: {$ref: '#/components/schemas/Category'}}
                    parent: {$ref: '#/components/schemas/Category'}

            """
        let outcome = try await DriftSupport.drift(old, DriftSupport.edit(old, [("enum: [leaf, node]", "enum: [leaf, node, root]")]))
        #expect(outcome.text == """
            breaking response-enum-value-added enum value "root" added old.yaml:19:30 -> new.yaml:19:30 witness {"name":"a","kind":"root"} at GET /categories response 200 body application/json /kind
            0 breaking, 0 warning, 0 info (0 refactors)

            """.replacingOccurrences(of: "0 breaking, 0 warning, 0 info", with: "1 breaking, 0 warning, 0 info"))
        #expect(outcome.report.changes.first?.places.count == 1)
    }
}
