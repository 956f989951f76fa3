import ConformCore
import Foundation

/// Specs and checks shared by the drift tests.
enum DriftSupport {
    /// A Dodo-style checkout API (OpenAPI 3.1): enums Currency and CountryCodeAlpha2, int32
    /// quantities, a nullable zipcode, a oneOf payment method, components shared by requests
    /// and responses and by two operations.
    static let dodo = """
        openapi: 3.1.0
        info: {title: Dodo checkout, version: "1"}
        paths:
          /checkouts:
            post:
              operationId: createCheckout
              security: [{bearer: []}]
              parameters:
                - {name: Idempotency-Key, in: header, required: false, schema: {type: string, maxLength: 64}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/CheckoutSessionRequest'}
              responses:
                '200':
                  description: created
                  headers:
                    X-Request-Id: {required: true, schema: {type: string}}
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/CheckoutSessionResponse'}
                '422': {description: invalid}
          /checkouts/preview:
            post:
              operationId: previewCheckout
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/CheckoutSessionRequest'}
              responses:
                '200': {description: ok}
          /checkouts/{session_id}:
            get:
              operationId: getCheckout
              parameters:
                - {name: session_id, in: path, required: true, schema: {type: string}}
                - {name: expand, in: query, required: false, schema: {type: boolean}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/CheckoutSessionStatus'}
            delete:
              operationId: cancelCheckout
              parameters:
                - {name: session_id, in: path, required: true, schema: {type: string}}
              responses:
                '204': {description: cancelled}
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
          schemas:
            Currency: {type: string, enum: [USD, EUR, GBP, INR]}
            CountryCodeAlpha2: {type: string, enum: [US, DE, GB, IN], minLength: 2, maxLength: 2}
            ProductItem:
              type: object
              required: [product_id, quantity]
              properties:
                product_id: {type: string, maxLength: 64}
                quantity: {type: integer, format: int32, minimum: 1, maximum: 1000}
                amount: {type: integer, format: int64}
            BillingAddress:
              type: object
              required: [country]
              properties:
                country: {$ref: '#/components/schemas/CountryCodeAlpha2'}
                city: {type: string}
                zipcode: {type: [string, 'null']}
            CheckoutSessionRequest:
              type: object
              required: [product_cart]
              properties:
                product_cart: {type: array, items: {$ref: '#/components/schemas/ProductItem'}, minItems: 1}
                billing_address: {$ref: '#/components/schemas/BillingAddress'}
                billing_currency: {anyOf: [{$ref: '#/components/schemas/Currency'}, {type: 'null'}]}
                metadata: {type: object, additionalProperties: {type: string}}
                payment_method: {oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Wallet'}]}
            Card:
              type: object
              required: [card_number]
              properties: {card_number: {type: string}}
              additionalProperties: false
            Wallet:
              type: object
              required: [wallet]
              properties: {wallet: {type: string}}
              additionalProperties: false
            CheckoutSessionResponse:
              type: object
              required: [session_id, checkout_url]
              properties:
                session_id: {type: string}
                checkout_url: {type: string, format: uri}
                total: {type: integer, format: int32, minimum: 0}
                currency: {$ref: '#/components/schemas/Currency'}
                expires_at: {type: string, format: date-time}
            SessionStatus: {type: string, enum: [open, completed, expired]}
            CheckoutSessionStatus:
              type: object
              required: [id, status]
              properties:
                id: {type: string}
                status: {$ref: '#/components/schemas/SessionStatus'}
                customer_email: {type: string}
                items: {type: array, items: {$ref: '#/components/schemas/ProductItem'}}
                payment: {oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Wallet'}]}

        """

    /// A Quaderno-style invoice API in OpenAPI 3.0 with `nullable` fields.
    static let quaderno30 = """
        openapi: 3.0.3
        info: {title: Quaderno, version: "1"}
        paths:
          /invoices:
            post:
              operationId: createInvoice
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Invoice'}
              responses:
                '201':
                  description: created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Invoice'}
        components:
          schemas:
            Contact:
              type: object
              properties:
                full_name: {type: string}
                tax_id: {type: string, nullable: true}
            Invoice:
              type: object
              required: [currency, contact]
              properties:
                currency: {type: string, enum: [USD, EUR]}
                po_number: {type: string, nullable: true, maxLength: 30}
                due_date: {type: string, format: date, nullable: true}
                contact:
                  nullable: true
                  allOf: [{$ref: '#/components/schemas/Contact'}]
                notes: {type: string, nullable: true}
                total: {type: number, minimum: 0, exclusiveMinimum: true}

        """

    /// `text` with each `(find, replace)` applied once; a missing `find` is a test bug.
    static func edit(_ text: String, _ edits: [(String, String)]) -> String {
        var result = text
        for (find, replace) in edits {
            precondition(result.contains(find), "edit target not found: \(find)")
            result = result.replacingOccurrences(of: find, with: replace)
        }
        return result
    }

    /// The result of one comparison, with positions printed relative to the test folder.
    struct Outcome {
        var report: DriftReport
        var old: Document
        var new: Document
        var folder: String

        /// The changes of `rule`.
        func changes(_ rule: DriftRule) -> [Change] { report.changes.filter { $0.rule == rule } }

        /// The report as text, with the folder prefix removed.
        var text: String { report.text.replacingOccurrences(of: folder + "/", with: "") }
    }

    /// Saves both texts and compares them.
    static func drift(
        _ old: String, _ new: String, oldName: String = "old.yaml", newName: String = "new.yaml", uses: String? = nil,
        usage: UsageList? = nil
    ) async throws -> Outcome {
        var files = [oldName: old, newName: new]
        if let uses { files["uses.yaml"] = uses }
        let folder = try TestSupport.temporaryFolder(files)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let oldDocument = try Document(file: folder + "/" + oldName)
        let newDocument = try Document(file: folder + "/" + newName)
        let usage = try uses.map { _ in try UsageList(DocumentLoader.load(path: folder + "/uses.yaml")) } ?? usage
        return Outcome(
            report: await Drift.compare(old: oldDocument, new: newDocument, uses: usage), old: oldDocument,
            new: newDocument, folder: folder)
    }

    /// The operations in both versions at the method and path shape of the operation `id`
    /// (drift matches operations that way; renamed path parameters still match).
    static func operations(_ id: String, _ outcome: Outcome) -> (old: ConformCore.Operation?, new: ConformCore.Operation?) {
        guard let source = outcome.new.operation(withID: id) ?? outcome.old.operation(withID: id) else { return (nil, nil) }
        let shape = { (path: String) in path.replacingOccurrences(of: "\\{[^}]*\\}", with: "{}", options: .regularExpression) }
        func find(_ document: Document) -> ConformCore.Operation? {
            document.operations.first { $0.method == source.method && shape($0.path) == shape(source.path) }
        }
        return (find(outcome.old), find(outcome.new))
    }

    /// The schema a witness subject names in `operation`.
    static func schema(for subject: String, in operation: ConformCore.Operation) -> DocumentPointer? {
        let words = subject.split(separator: " ").map(String.init)
        if words.count == 3, words[1] == "parameter" {
            return operation.parameters.first { $0.location.rawValue == words[0] && $0.name == words[2] }?.schema
        }
        if words.count == 3, words[0] == "request", words[1] == "body" {
            return operation.requestBody?.content.first { $0.name == words[2] }?.schema
        }
        if words.count == 4, words[0] == "response", let key = StatusKey(words[1]) {
            let response = operation.responses.first { $0.status == key }
            if words[2] == "body" { return response?.content.first { $0.name == words[3] }?.schema }
            if words[2] == "header" { return response?.header(named: words[3])?.schema }
        }
        return nil
    }

    /// True when the change's witness really tells the versions apart, checked with the
    /// validators of both documents: a request value the old version accepts and the new one
    /// rejects, or a response value the new version allows and the old one forbade.
    static func witnessHolds(_ change: Change, _ outcome: Outcome) -> Bool {
        guard let witness = change.witness else { return false }
        let oldValidator = WitnessValidator(document: outcome.old)
        let newValidator = WitnessValidator(document: outcome.new)
        var (oldOperation, newOperation) = operations(witness.operation, outcome)
        if let method = witness.value["method"]?.stringValue, let path = witness.value["path"]?.stringValue {
            // A removed operation's witness names the old method and path.
            oldOperation = outcome.old.operations.first { $0.method.wireName == method && $0.path == path }
            newOperation = outcome.new.operations.first { $0.method.wireName == method && $0.path == path }
        }
        switch witness.subject {
        case "request":
            guard let oldOperation else { return false }
            let newAccepts = newOperation.map { newValidator.acceptsRequest(witness.value, for: $0) } ?? false
            return oldValidator.acceptsRequest(witness.value, for: oldOperation) && !newAccepts
        case "response":
            guard let newOperation else { return false }
            let oldAccepts = oldOperation.map { oldValidator.acceptsResponse(witness.value, for: $0) } ?? false
            return newValidator.acceptsResponse(witness.value, for: newOperation) && !oldAccepts
        default:
            guard let oldOperation, let newOperation,
                let oldSchema = schema(for: witness.subject, in: oldOperation),
                let newSchema = schema(for: witness.subject, in: newOperation)
            else { return false }
            let direction: MessageDirection = witness.subject.hasPrefix("response") ? .response : .request
            let oldAccepts = oldValidator.isValid(witness.value, against: oldSchema, direction: direction)
            let newAccepts = newValidator.isValid(witness.value, against: newSchema, direction: direction)
            return direction == .request ? oldAccepts && !newAccepts : newAccepts && !oldAccepts
        }
    }
}
