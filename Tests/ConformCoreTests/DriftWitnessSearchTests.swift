import ConformCore
import Foundation
import Testing

/// Breaking changes that need a searched witness: strings under patterns, values of a new
/// union branch, every kind of value a change refuses, anyOf/oneOf exclusivity and
/// discriminators. Each report is asserted whole, and each witness against both validators.
@Suite("drift witness search")
struct DriftWitnessSearchTests {
    /// A payments API whose required strings all have patterns (currency and country codes,
    /// card numbers, MM/YY expiry dates): a value of "a" fails them all.
    static let payments = """
        openapi: 3.1.0
        info: {title: Payments, version: "1"}
        paths:
          /payments:
            post:
              operationId: createPayment
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/PaymentRequest'}
              responses:
                '200':
                  description: created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Payment'}
        components:
          schemas:
            PaymentRequest:
              type: object
              required: [currency, country, card]
              properties:
                currency: {type: string, pattern: '^[A-Z]{3}$'}
                country: {type: string, pattern: '^[A-Z]{2}$', examples: [DE]}
                card:
                  type: object
                  required: [number, expiry]
                  properties:
                    number: {type: string, pattern: '^[0-9]{16}$'}
                    expiry: {type: string, pattern: '^(0[1-9]|1[0-2])/[0-9]{2}$'}
                statement: {type: string}
            Payment:
              type: object
              required: [id, status, amount]
              properties:
                id: {type: string, pattern: '^pay_[a-z0-9]{8}$'}
                status: {type: string}
                amount: {type: integer, minimum: 1}
                receipt: {type: string, format: binary}

        """

    static let response = "          schema: {$ref: '#/components/schemas/Payment'}"
    static let statement = "        statement: {type: string}"
    static let pending = """
            PendingPayment:
              type: object
              required: [id, pending_reason]
              properties:
                id: {type: string, pattern: '^pay_[a-z0-9]{8}$'}
                pending_reason: {type: string}

        """

    /// The report, with every breaking change's witness checked by both validators.
    static func report(_ old: String, _ new: String) async throws -> String {
        let outcome = try await DriftSupport.drift(old, new)
        for change in outcome.report.changes where change.severity == .breaking {
            #expect(DriftSupport.witnessHolds(change, outcome), "\(change.message)")
        }
        return outcome.text
    }

    @Test("a free string that became an enum, under required patterned siblings, is breaking with a witness")
    func enumUnderPatterns() async throws {
        let new = DriftSupport.edit(Self.payments, [("statement: {type: string}", "statement: {type: string, enum: [SHOP, ONLINE]}")])
        #expect(try await Self.report(Self.payments, new) == """
            breaking request-enum-value-removed values now restricted to enum ["SHOP", "ONLINE"] old.yaml:32:9 -> new.yaml:32:35 witness {"currency":"AAA","country":"DE","card":{"number":"0000000000000000","expiry":"01/00"},"statement":""} at createPayment request body application/json /statement
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
    }

    @Test("a pattern the synthesizer cannot follow: the witness starts from the schema's example")
    func fromExamples() async throws {
        // A back-reference is outside the pattern subset the generator draws from.
        let old = DriftSupport.edit(Self.payments, [("country: {type: string, pattern: '^[A-Z]{2}$', examples: [DE]}", "country: {type: string, pattern: '^([A-Z])\\1$', examples: [DD]}")])
        let new = DriftSupport.edit(old, [("statement: {type: string}", "statement: {type: string, enum: [SHOP, ONLINE]}")])
        #expect(try await Self.report(old, new) == """
            breaking request-enum-value-removed values now restricted to enum ["SHOP", "ONLINE"] old.yaml:32:9 -> new.yaml:32:35 witness {"currency":"AAA","country":"DD","card":{"number":"0000000000000000","expiry":"01/00"},"statement":""} at createPayment request body application/json /statement
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
    }

    @Test("a response enum lifted, beside a patterned required id, is breaking with a witness")
    func responseEnumUnderPattern() async throws {
        let old = DriftSupport.edit(Self.payments, [("status: {type: string}", "status: {type: string, enum: [paid, failed]}")])
        #expect(try await Self.report(old, Self.payments) == """
            breaking response-enum-value-added enum ["paid", "failed"] no longer restricts the values old.yaml:38:32 -> new.yaml:38:9 witness {"id":"pay_aaaaaaaa","status":"conform-unlisted","amount":1} at createPayment response 200 body application/json /status
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
    }

    @Test("a response that became anyOf of the old schema and a new one: one finding, witnessed by the new branch")
    func unionKeepsOldSchema() async throws {
        let new = DriftSupport.edit(Self.payments, [(Self.response, "          schema: {anyOf: [{$ref: '#/components/schemas/Payment'}, {$ref: '#/components/schemas/PendingPayment'}]}")]) + Self.pending
        #expect(try await Self.report(Self.payments, new) == """
            breaking response-branch-added anyOf added with the old schema and 1 other alternative old.yaml:33:5 -> new.yaml:17:72 witness {"id":"pay_aaaaaaaa","pending_reason":"a"} at createPayment response 200 body application/json
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
    }

    @Test("a required property dropped from a response object inside a branch is breaking with a witness")
    func requiredDroppedInBranch() async throws {
        let old = DriftSupport.edit(Self.payments, [(Self.response, "          schema: {oneOf: [{$ref: '#/components/schemas/Payment'}, {type: string, pattern: '^pay_[a-z0-9]{8}$'}]}")])
        let new = DriftSupport.edit(old, [("required: [id, status, amount]", "required: [id, amount]")])
        #expect(try await Self.report(old, new) == """
            breaking response-required-property-removed property 'status' is no longer required old.yaml:38:9 -> new.yaml:38:9 witness {"id":"pay_aaaaaaaa","amount":1} at createPayment response 200 body application/json
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
    }

    @Test("any value that became a oneOf of scalars: one finding naming every kind refused")
    func everyKindRefused() async throws {
        let old = DriftSupport.edit(Self.payments, [(Self.statement, Self.statement + "\n        metadata: {type: object, additionalProperties: {}}")])
        let new = DriftSupport.edit(Self.payments, [(Self.statement, Self.statement + """

                    metadata:
                      type: object
                      additionalProperties:
                        oneOf: [{type: string}, {type: integer, format: int64}, {type: number, format: double}, {type: boolean}]
            """)])
        #expect(try await Self.report(old, new) == """
            breaking request-type-narrowed type narrowed from any to string, number (not integer), boolean: object, array, integer, null refused old.yaml:33:34 -> new.yaml:35:11 witness {"currency":"AAA","country":"AA","card":{"number":"0000000000000000","expiry":"01/00"},"metadata":{"conform_unlisted":{}}} at createPayment request body application/json /metadata/conform_unlisted
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
    }

    @Test("a type replaced by another is one finding, under the rule that breaks the direction")
    func typeReplaced() async throws {
        let new = DriftSupport.edit(Self.payments, [("receipt: {type: string, format: binary}", "receipt: {type: array, items: {type: integer, minimum: 0}}")])
        #expect(try await Self.report(Self.payments, new) == """
            breaking response-type-widened type changed from string to array: string refused, array now allowed old.yaml:40:19 -> new.yaml:40:19 witness {"id":"pay_aaaaaaaa","status":"a","amount":1,"receipt":[]} at createPayment response 200 body application/json /receipt
            warning response-format-changed format changed from binary to none old.yaml:40:33 -> new.yaml:40:9 at createPayment response 200 body application/json /receipt
            1 breaking, 1 warning, 0 info (0 refactors)

            """)
    }

    /// Two payment methods that share an optional `method` property.
    static let methods = """
        openapi: 3.1.0
        info: {title: Payments, version: "1"}
        paths:
          /payments:
            post:
              operationId: createPayment
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      anyOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Wallet'}]
              responses:
                '204': {description: created}
        components:
          schemas:
            Card:
              type: object
              required: [card_number]
              properties:
                method: {type: string}
                card_number: {type: string, pattern: '^[0-9]{16}$'}
            Wallet:
              type: object
              required: [wallet]
              properties:
                method: {type: string}
                wallet: {type: string}

        """

    @Test("a discriminator added: a body without its property is refused")
    func discriminatorAdded() async throws {
        let branches = "anyOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Wallet'}]"
        let new = DriftSupport.edit(Self.methods, [(branches, branches + "\n              discriminator: {propertyName: method}")])
        #expect(try await Self.report(Self.methods, new) == """
            breaking request-discriminator-narrowed discriminator 'method' added old.yaml:11:13 -> new.yaml:13:15 witness {"card_number":"0000000000000000"} at createPayment request body application/json
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
    }

    @Test("anyOf became oneOf: a body matching both branches is refused")
    func anyOfBecameOneOf() async throws {
        let new = DriftSupport.edit(Self.methods, [("anyOf: [", "oneOf: [")])
        #expect(try await Self.report(Self.methods, new) == """
            breaking request-any-of-became-one-of anyOf became oneOf old.yaml:12:15 -> new.yaml:12:15 witness {"card_number":"0000000000000000","wallet":"a"} at createPayment request body application/json
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
    }

    /// Query parameters in the default style (`form`, exploded).
    static let search = """
        openapi: 3.1.0
        info: {title: Search, version: "1"}
        paths:
          /items:
            get:
              operationId: listItems
              parameters:
                - {name: tag, in: query, schema: {type: string}}
                - {name: limit, in: query, schema: {type: integer}}
                - {name: code, in: query, schema: {type: string}}
              responses:
                '200': {description: ok}

        """

    @Test("a query parameter is compared as sent: string to array and integer to string are the same request")
    func serializedParameters() async throws {
        let new = DriftSupport.edit(Self.search, [
            ("{name: tag, in: query, schema: {type: string}}", "{name: tag, in: query, schema: {type: array, items: {type: string}}}"),
            ("{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: query, schema: {type: string}}"),
            ("{name: code, in: query, schema: {type: string}}", "{name: code, in: query, schema: {type: integer}}"),
        ])
        #expect(try await Self.report(Self.search, new) == """
            breaking request-type-narrowed type changed from string to integer: string refused, integer now allowed old.yaml:10:44 -> new.yaml:10:44 witness "a" at listItems query parameter code
            info request-type-narrowed type changed from string to array: string refused, array now allowed old.yaml:8:43 -> new.yaml:8:43 refactor: no witness at listItems query parameter tag
            info request-type-narrowed type changed from integer to string: integer refused, string now allowed old.yaml:9:45 -> new.yaml:9:45 refactor: no witness at listItems query parameter limit
            1 breaking, 0 warning, 2 info (2 refactors)

            """)
    }

    @Test("a document with only its version is refused, positioned at the version")
    func bareDocument() throws {
        let folder = try TestSupport.temporaryFolder(["bare.yaml": "openapi: 3.1.0\n", "bare30.yaml": "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, expected) in [
            ("bare.yaml", [
                "bare.yaml:1:10: error: an OpenAPI 3.1 document needs an 'info' object [spec.invalid]",
                "bare.yaml:1:10: error: an OpenAPI 3.1 document needs at least one of 'paths', 'components' and 'webhooks' [spec.invalid]",
            ]),
            ("bare30.yaml", ["bare30.yaml:1:10: error: an OpenAPI 3.0 document needs a 'paths' object [spec.invalid]"]),
        ] {
            #expect(throws: LoadError.self) { try Document(file: folder + "/" + name) }
            let lint = Linter.lint(file: folder + "/" + name).map { "\($0)".replacingOccurrences(of: folder + "/", with: "") }
            #expect(lint == expected)
        }
    }
}
