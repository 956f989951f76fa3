import ConformCore

/// Documents and generators shared by the generation tests.
enum GenerationSupport {
    /// A document from an in-memory root, named `x.yaml` in positions.
    static func document(_ root: JSONValue) throws -> Document {
        let loaded = LoadedDocument(root: root, sourceMap: SourceMap(file: "x.yaml"), warnings: [])
        return try Document(documents: DocumentSet(root: loaded, source: InMemorySource([:])))
    }

    /// A generator with the suite's validator.
    static func generator(_ document: Document, options: CaseGenerator.Options = .init()) -> CaseGenerator {
        CaseGenerator(document: document, validator: SchemaValidator(documents: document.documents), options: options)
    }

    /// The Dodo checkout request in standard OpenAPI 3.1 form, transcribed from
    /// `../shared/seeds/002_*.txt` (currencies shortened to five).
    static let dodo: JSONValue = [
        "openapi": "3.1.0",
        "info": ["title": "Dodo checkouts", "version": "1"],
        "paths": [
            "/checkouts": [
                "post": [
                    "operationId": "createCheckout",
                    "requestBody": [
                        "required": true,
                        "content": [
                            "application/json": [
                                "schema": ["$ref": "#/components/schemas/CreateCheckoutSessionRequest"]
                            ]
                        ],
                    ],
                    "responses": ["200": ["description": "ok"]],
                ]
            ]
        ],
        "components": [
            "schemas": [
                "CreateCheckoutSessionRequest": [
                    "type": "object",
                    "required": ["product_cart"],
                    "properties": [
                        "billing_currency": [
                            "allOf": [["oneOf": [["type": "null"], ["$ref": "#/components/schemas/Currency"]]]]
                        ],
                        "confirm": ["allOf": [["type": "boolean"]]],
                        "discount_code": ["allOf": [["type": ["string", "null"]]]],
                        "product_cart": [
                            "allOf": [["type": "array", "items": ["$ref": "#/components/schemas/ProductItemReq"]]]
                        ],
                    ],
                ],
                "ProductItemReq": [
                    "type": "object",
                    "required": ["product_id", "quantity"],
                    "properties": [
                        "amount": ["type": ["integer", "null"], "format": "int32"],
                        "product_id": ["type": "string"],
                        "quantity": ["type": "integer", "format": "int32", "minimum": 0],
                    ],
                ],
                "Currency": ["type": "string", "enum": ["AED", "EUR", "GBP", "INR", "USD"]],
            ]
        ],
    ]
}
