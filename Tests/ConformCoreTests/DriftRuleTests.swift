import ConformCore
import Testing

/// One hand-made evolution of the Dodo checkout spec per rule.
@Suite("drift rules")
struct DriftRuleTests {
    /// An evolution: `base` edits applied to both versions, then `edits` to the new version,
    /// or to the old one when `reverse`.
    struct Evolution: CustomTestStringConvertible, Sendable {
        var rule: DriftRule
        var base: [(String, String)] = []
        var edits: [(String, String)]
        var reverse = false

        var testDescription: String { rule.id }
    }

    static let evolutions: [Evolution] = [
        // Paths and operations
        Evolution(rule: .pathRemoved, edits: [("  /checkouts/{session_id}:", "  /sessions/{session_id}:")]),
        Evolution(rule: .operationRemoved, edits: [("    delete:\n      operationId: cancelCheckout", "    x-delete:\n      operationId: cancelCheckout")]),
        Evolution(rule: .operationAdded, edits: [("    delete:\n      operationId: cancelCheckout", "    x-delete:\n      operationId: cancelCheckout")], reverse: true),
        Evolution(rule: .operationDeprecated, edits: [("operationId: getCheckout", "operationId: getCheckout\n      deprecated: true")]),
        Evolution(rule: .operationIdChanged, edits: [("operationId: getCheckout", "operationId: retrieveCheckout")]),
        Evolution(rule: .securityAdded, edits: [("operationId: getCheckout", "operationId: getCheckout\n      security: [{bearer: []}]")]),
        Evolution(rule: .securityRemoved, edits: [("      security: [{bearer: []}]\n", "")]),
        // Request parameters and bodies
        Evolution(rule: .requestParameterAddedRequired, edits: [(expand, expand + "\n        - {name: locale, in: query, required: true, schema: {type: string}}")]),
        Evolution(rule: .requestParameterBecameRequired, edits: [(expand, expand.replacingOccurrences(of: "required: false", with: "required: true"))]),
        Evolution(rule: .requestParameterAdded, edits: [(expand, expand + "\n        - {name: locale, in: query, schema: {type: string}}")]),
        Evolution(rule: .requestParameterRemoved, edits: [(expand + "\n", "")]),
        Evolution(rule: .requestParameterDeprecated, edits: [(expand, expand.replacingOccurrences(of: "required: false", with: "deprecated: true"))]),
        Evolution(rule: .requestBodyBecameRequired, edits: [("        required: true\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/CheckoutSessionRequest'}\n      responses:\n        '200':\n          description: created", "        required: false\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/CheckoutSessionRequest'}\n      responses:\n        '200':\n          description: created")], reverse: true),
        Evolution(rule: .requestMediaTypeRemoved, edits: [("          application/json:\n            schema: {$ref: '#/components/schemas/CheckoutSessionRequest'}\n      responses:\n        '200': {description: ok}", "          application/vnd.dodo+json:\n            schema: {$ref: '#/components/schemas/CheckoutSessionRequest'}\n      responses:\n        '200': {description: ok}")]),
        Evolution(rule: .requestMediaTypeAdded, edits: [("          application/json:\n            schema: {$ref: '#/components/schemas/CheckoutSessionRequest'}\n      responses:\n        '200': {description: ok}", "          application/vnd.dodo+json:\n            schema: {$ref: '#/components/schemas/CheckoutSessionRequest'}\n      responses:\n        '200': {description: ok}")], reverse: true),
        // Request schemas
        Evolution(rule: .requestEnumValueRemoved, edits: [("enum: [USD, EUR, GBP, INR]", "enum: [USD, EUR, GBP]")]),
        Evolution(rule: .requestEnumValueAdded, edits: [("enum: [USD, EUR, GBP, INR]", "enum: [USD, EUR, GBP, INR, JPY]")]),
        Evolution(rule: .requestTypeNarrowed, edits: [("city: {type: string}", "city: {type: [string, integer]}")], reverse: true),
        Evolution(rule: .requestTypeWidened, edits: [("city: {type: string}", "city: {type: [string, integer]}")]),
        Evolution(rule: .requestNullableRemoved, edits: [("zipcode: {type: [string, 'null']}", "zipcode: {type: string}")]),
        Evolution(rule: .requestNullableAdded, edits: [("zipcode: {type: [string, 'null']}", "zipcode: {type: string}")], reverse: true),
        Evolution(rule: .requestMaximumLowered, edits: [("minimum: 1, maximum: 1000", "minimum: 1, maximum: 100")]),
        Evolution(rule: .requestMinimumRaised, edits: [("minimum: 1, maximum: 1000", "minimum: 2, maximum: 1000")]),
        Evolution(rule: .requestMaxLengthLowered, edits: [("product_id: {type: string, maxLength: 64}", "product_id: {type: string, maxLength: 32}")]),
        Evolution(rule: .requestMinLengthRaised, edits: [("city: {type: string}", "city: {type: string, minLength: 3}")]),
        Evolution(rule: .requestBoundsWidened, edits: [("minimum: 1, maximum: 1000", "minimum: 1, maximum: 5000")]),
        Evolution(rule: .requestFormatNarrowed, edits: [("amount: {type: integer, format: int64}", "amount: {type: integer, format: int32}")]),
        Evolution(rule: .requestFormatChanged, edits: [("city: {type: string}", "city: {type: string, format: hostname}")]),
        Evolution(rule: .requestPatternChanged, edits: [("city: {type: string}", "city: {type: string, pattern: '^[A-Z]'}")]),
        Evolution(rule: .requestPropertyRequiredAdded, edits: [("required: [country]", "required: [country, city]")]),
        Evolution(rule: .requestPropertyAdded, edits: [("city: {type: string}", "city: {type: string}\n        state: {type: string}")]),
        Evolution(rule: .requestPropertyRemoved, edits: [("        city: {type: string}\n", "")]),
        Evolution(rule: .requestAdditionalPropertiesClosed, edits: [("      required: [country]", "      required: [country]\n      additionalProperties: false")]),
        Evolution(rule: .requestBranchRemoved, edits: [(paymentMethod, "payment_method: {oneOf: [{$ref: '#/components/schemas/Card'}]}")]),
        Evolution(rule: .requestBranchAdded, edits: [(paymentMethod, "payment_method: {oneOf: [{$ref: '#/components/schemas/Card'}]}")], reverse: true),
        Evolution(rule: .requestAnyOfBecameOneOf, base: [("city: {type: string}", "city: {anyOf: [{type: string}, {maxLength: 3}]}")], edits: [("city: {anyOf:", "city: {oneOf:")]),
        Evolution(rule: .requestOneOfBecameAnyOf, base: [("city: {type: string}", "city: {anyOf: [{type: string}, {maxLength: 3}]}")], edits: [("city: {anyOf:", "city: {oneOf:")], reverse: true),
        Evolution(rule: .requestDiscriminatorNarrowed, edits: [(paymentMethod, String(paymentMethod.dropLast()) + ", discriminator: {propertyName: method}}")]),
        Evolution(rule: .requestDiscriminatorWidened, edits: [(paymentMethod, String(paymentMethod.dropLast()) + ", discriminator: {propertyName: method}}")], reverse: true),
        // Responses
        Evolution(rule: .responseStatusAdded, edits: [("          schema: {$ref: '#/components/schemas/CheckoutSessionStatus'}", "          schema: {$ref: '#/components/schemas/CheckoutSessionStatus'}\n        '404': {description: missing}")]),
        Evolution(rule: .responseStatusRemoved, edits: [("        '422': {description: invalid}\n", "")]),
        Evolution(rule: .responseMediaTypeAdded, edits: [("          schema: {$ref: '#/components/schemas/CheckoutSessionStatus'}", "          schema: {$ref: '#/components/schemas/CheckoutSessionStatus'}\n            application/xml: {schema: {type: string}}")]),
        Evolution(rule: .responseMediaTypeRemoved, edits: [("          schema: {$ref: '#/components/schemas/CheckoutSessionStatus'}", "          schema: {$ref: '#/components/schemas/CheckoutSessionStatus'}\n            application/xml: {schema: {type: string}}")], reverse: true),
        Evolution(rule: .responseRequiredHeaderRemoved, edits: [("X-Request-Id: {required: true,", "X-Request-Id: {required: false,")]),
        Evolution(rule: .responseHeaderAdded, edits: [(requestID, requestID + "\n            X-Rate-Limit: {schema: {type: integer}}")]),
        Evolution(rule: .responseHeaderRemoved, edits: [(requestID, requestID + "\n            X-Rate-Limit: {schema: {type: integer}}")], reverse: true),
        // Response schemas
        Evolution(rule: .responseEnumValueAdded, edits: [("enum: [open, completed, expired]", "enum: [open, completed, expired, pending]")]),
        Evolution(rule: .responseEnumValueRemoved, edits: [("enum: [open, completed, expired]", "enum: [open, completed]")]),
        Evolution(rule: .responseTypeWidened, edits: [("customer_email: {type: string}", "customer_email: {type: [string, integer]}")]),
        Evolution(rule: .responseTypeNarrowed, edits: [("customer_email: {type: string}", "customer_email: {type: [string, integer]}")], reverse: true),
        Evolution(rule: .responseNullableAdded, edits: [("customer_email: {type: string}", "customer_email: {type: [string, 'null']}")]),
        Evolution(rule: .responseNullableRemoved, edits: [("customer_email: {type: string}", "customer_email: {type: [string, 'null']}")], reverse: true),
        Evolution(rule: .responseBoundsWidened, edits: [("total: {type: integer, format: int32, minimum: 0}", "total: {type: integer, format: int32, minimum: -100}")]),
        Evolution(rule: .responseBoundsNarrowed, edits: [("total: {type: integer, format: int32, minimum: 0}", "total: {type: integer, format: int32, minimum: 0, maximum: 100000}")]),
        Evolution(rule: .responseFormatWidened, edits: [("total: {type: integer, format: int32, minimum: 0}", "total: {type: integer, format: int64, minimum: 0}")]),
        Evolution(rule: .responseFormatChanged, edits: [("expires_at: {type: string, format: date-time}", "expires_at: {type: string, format: date}")]),
        Evolution(rule: .responsePatternChanged, edits: [("        session_id: {type: string}", "        session_id: {type: string, pattern: '^cs_'}")]),
        Evolution(rule: .responseRequiredPropertyRemoved, edits: [("required: [session_id, checkout_url]", "required: [session_id]")]),
        Evolution(rule: .responsePropertyRemoved, edits: [("        expires_at: {type: string, format: date-time}\n", "")]),
        Evolution(rule: .responsePropertyAdded, edits: [("        customer_email: {type: string}", "        customer_email: {type: string}\n        customer_id: {type: string}")]),
        Evolution(rule: .responseAdditionalPropertiesOpened, edits: [("      required: [id, status]", "      required: [id, status]\n      additionalProperties: false")], reverse: true),
        Evolution(rule: .responseBranchAdded, edits: [(payment, "payment: {oneOf: [{$ref: '#/components/schemas/Card'}]}")], reverse: true),
        Evolution(rule: .responseBranchRemoved, edits: [(payment, "payment: {oneOf: [{$ref: '#/components/schemas/Card'}]}")]),
        Evolution(rule: .responseOneOfBecameAnyOf, base: [("customer_email: {type: string}", "customer_email: {oneOf: [{type: string}, {maxLength: 3}]}")], edits: [("customer_email: {oneOf:", "customer_email: {anyOf:")]),
        Evolution(rule: .responseAnyOfBecameOneOf, base: [("customer_email: {type: string}", "customer_email: {oneOf: [{type: string}, {maxLength: 3}]}")], edits: [("customer_email: {oneOf:", "customer_email: {anyOf:")], reverse: true),
        Evolution(rule: .responseDiscriminatorWidened, edits: [(payment, String(payment.dropLast()) + ", discriminator: {propertyName: method}}")], reverse: true),
        Evolution(rule: .responseDiscriminatorNarrowed, edits: [(payment, String(payment.dropLast()) + ", discriminator: {propertyName: method}}")]),
    ]

    static let expand = "        - {name: expand, in: query, required: false, schema: {type: boolean}}"
    static let requestID = "            X-Request-Id: {required: true, schema: {type: string}}"
    static let paymentMethod = "payment_method: {oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Wallet'}]}"
    static let payment = "payment: {oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Wallet'}]}"

    @Test("every rule has an evolution")
    func coverage() {
        let covered = Set(Self.evolutions.map(\.rule))
        #expect(DriftRule.allCases.filter { !covered.contains($0) } == [])
    }

    @Test("verdict, severity and witness", arguments: evolutions)
    func evolution(_ evolution: Evolution) async throws {
        let base = DriftSupport.edit(DriftSupport.dodo, evolution.base)
        let edited = DriftSupport.edit(base, evolution.edits)
        let outcome = evolution.reverse ? try await DriftSupport.drift(edited, base) : try await DriftSupport.drift(base, edited)
        let changes = outcome.changes(evolution.rule)
        try #require(changes.count >= 1, "\(outcome.text)")
        for change in changes {
            #expect(change.severity == evolution.rule.severity, "\(outcome.text)")
            #expect(!change.isRefactor)
            if evolution.rule.severity == .breaking {
                let holds = DriftSupport.witnessHolds(change, outcome)
                #expect(holds, "\(change.witness?.value.serialized() ?? "no witness")")
            } else {
                #expect(change.witness == nil)
            }
        }
    }
}
