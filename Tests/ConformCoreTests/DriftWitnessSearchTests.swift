import ConformCore
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
    static let pending = """
            PendingPayment:
              type: object
              required: [id, pending_reason]
              properties:
                id: {type: string, pattern: '^pay_[a-z0-9]{8}$'}
                pending_reason: {type: string}

        """

    /// The report, with every breaking change's witness checked by both validators.
    static func report(_ old: String, _ new: String) throws -> String {
        let outcome = try DriftSupport.drift(old, new)
        for change in outcome.report.changes where change.severity == .breaking {
            #expect(DriftSupport.witnessHolds(change, outcome), "\(change.message)")
        }
        return outcome.text
    }

    @Test("a free string that became an enum, under required patterned siblings, is breaking with a witness")
    func enumUnderPatterns() throws {
        let new = DriftSupport.edit(Self.payments, [("statement: {type: string}", "statement: {type: string, enum: [SHOP, ONLINE]}")])
        #expect(try Self.report(Self.payments, new) == """
            breaking request-enum-value-removed values now restricted to enum ["SHOP", "ONLINE"] old.yaml:35:9 -> new.yaml:35:35 witness {"currency":"AAA","country":"AA","card":{"number":"0000000000000000","expiry":"01/00"},"statement":"conform-unlisted"} at createPayment request body application/json /statement
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
    }
}
