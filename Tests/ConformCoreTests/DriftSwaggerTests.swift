import ConformCore
import Testing

/// Swagger 2.0 documents are converted when loaded, so drift reads them like any other.
@Suite("drift on Swagger 2.0")
struct DriftSwaggerTests {
    static let swagger = """
        swagger: '2.0'
        info: {title: Orders, version: '1'}
        consumes: [application/json]
        produces: [application/json]
        paths:
          /orders:
            post:
              operationId: createOrder
              parameters:
                - {name: order, in: body, required: true, schema: {$ref: '#/definitions/Order'}}
              responses:
                '201': {description: created, schema: {$ref: '#/definitions/Order'}}
        definitions:
          Order:
            type: object
            required: [currency]
            properties:
              currency: {type: string, enum: [USD, EUR]}

        """

    @Test("an enum value removed from a Swagger 2.0 definition breaks requests, with a witness")
    func enumRemoved() async throws {
        let outcome = try await DriftSupport.drift(Self.swagger, DriftSupport.edit(Self.swagger, [("enum: [USD, EUR]", "enum: [USD]")]))
        #expect(outcome.text == """
            breaking request-enum-value-removed enum value "EUR" removed old.yaml:18:32 -> new.yaml:18:32 witness {"currency":"EUR"} at createOrder request body application/json /currency
            info response-enum-value-removed enum value "EUR" removed old.yaml:18:32 -> new.yaml:18:32 at createOrder response 201 body application/json /currency
            1 breaking, 0 warning, 1 info (0 refactors)

            """)
        let change = try #require(outcome.changes(.requestEnumValueRemoved).first)
        #expect(DriftSupport.witnessHolds(change, outcome))
    }
}
