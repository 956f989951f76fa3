import ConformCore
import Testing

/// Dodo's webhook payload up to version 03: a `oneOf` of `allOf` branches, each a shared
/// component plus an inline `payload_type`, under a discriminator without a mapping.
@Suite("drift: oneOf branches under a discriminator that names no schema")
struct DriftInlineDiscriminatorTests {
    static let webhook = """
        openapi: 3.0.3
        info: {title: Webhooks, version: "1"}
        paths:
          /your-webhook-url:
            post:
              operationId: receiveWebhook
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/OutgoingWebhook'}
              responses:
                '200': {description: ok}
        components:
          schemas:
            OutgoingWebhook:
              type: object
              required: [data]
              properties:
                data: {$ref: '#/components/schemas/OutgoingWebhookData'}
            OutgoingWebhookData:
              oneOf:
                - allOf:
                    - $ref: '#/components/schemas/Payment'
                    - {type: object, required: [payload_type], properties: {payload_type: {type: string, enum: [Payment]}}}
                - allOf:
                    - $ref: '#/components/schemas/Subscription'
                    - {type: object, required: [payload_type], properties: {payload_type: {type: string, enum: [Subscription]}}}
              discriminator:
                propertyName: payload_type
            Payment:
              type: object
              required: [payment_id]
              properties:
                payment_id: {type: string}
            Subscription:
              type: object
              required: [subscription_id]
              properties:
                subscription_id: {type: string}

        """

    @Test("a required property added to one branch is breaking, with a witness of that branch, positioned at the component")
    func requiredPropertyInABranch() async throws {
        let edited = DriftSupport.edit(Self.webhook, [(
            "      required: [subscription_id]\n      properties:\n        subscription_id: {type: string}",
            "      required: [subscription_id, cancel_at_next_billing_date]\n      properties:\n        subscription_id: {type: string}\n        cancel_at_next_billing_date: {type: boolean}"
        )])
        let outcome = try await DriftSupport.drift(Self.webhook, edited)
        #expect(outcome.text == """
            breaking request-property-required-added new required property 'cancel_at_next_billing_date' old.yaml:36:5 -> new.yaml:41:9 witness {"data":{"subscription_id":"string","payload_type":"Subscription"}} at receiveWebhook request body application/json /data
            1 breaking, 0 warning, 0 info (0 refactors)

            """)
        let change = try #require(outcome.report.changes.first)
        #expect(DriftSupport.witnessHolds(change, outcome))
    }
}
