/// `response_headers`: every header the matched response marks `required` must be there, and
/// every documented header that is there must be valid against its schema (`Content-Type`
/// excepted, as OpenAPI says).
enum ResponseHeadersCheck: ExchangeCheck {
    static let check = CheckName.responseHeaders

    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool {
        exchange.documentedResponse(of: operation) != nil
    }

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard let (received, documented) = exchange.documentedResponse(of: operation) else { return [] }
        var findings: [Finding] = []
        for header in documented.headers where header.name.lowercased() != "content-type" {
            guard let text = received.headers.value(named: header.name) else {
                if header.required {
                    findings.append(context.finding(
                        check, exchange, message: "required header \(header.name) is missing", rule: header.pointer))
                }
                continue
            }
            guard let schema = header.schema else { continue }
            let value = HeaderValue.json(text, schema: schema, in: context.document.documents)
            for error in context.validator.validate(value, against: schema, direction: .response) {
                findings.append(context.finding(
                    check, exchange, message: "header \(header.name): \(error.keyword): \(error.message)",
                    rule: error.schemaPointer, ruleLocation: error.location))
            }
        }
        return findings
    }
}
