/// `response_schema`: a JSON body must parse as strict JSON and be valid, in the response
/// direction, against the schema of the matched response and media type.
enum ResponseSchemaCheck: ExchangeCheck {
    static let check = CheckName.responseSchema
    /// Errors reported per response at most: past a few, more say nothing new.
    static let maxErrors = 10

    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool {
        exchange.documentedResponse(of: operation).map { !$0.received.truncated } ?? false
    }

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard judges(exchange, of: operation), let (received, documented) = exchange.documentedResponse(of: operation),
            !received.body.isEmpty, let mediaType = received.mediaType, MediaType.isJSON(mediaType),
            let content = documented.content(for: mediaType), let schema = content.schema
        else { return [] }
        let value: JSONValue
        do {
            value = try JSONBodyParser.parse(received.body)
        } catch {
            return [context.finding(check, exchange, message: "body is not JSON: \(error)", rule: content.pointer)]
        }
        return context.validator.validate(value, against: schema, direction: .response).prefix(maxErrors).map { error in
            context.finding(
                check, exchange, message: "\(error.keyword): \(error.message)", bodyPointer: error.instancePointer,
                rule: error.schemaPointer, ruleLocation: error.location)
        }
    }
}
