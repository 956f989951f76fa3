/// `content_type`: a response whose documentation has `content` must carry a body with a
/// `Content-Type` that one of its media types covers (exact, `type/*` or `*/*`).
enum ContentTypeCheck: ExchangeCheck {
    static let check = CheckName.contentType

    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool {
        exchange.documentedResponse(of: operation) != nil && exchange.request.method != "HEAD"
    }

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard judges(exchange, of: operation), let (received, documented) = exchange.documentedResponse(of: operation),
            !documented.content.isEmpty
        else { return [] }
        let names = documented.content.map(\.name).joined(separator: ", ")
        let rule = documented.pointer.appending("content")
        guard let mediaType = received.mediaType else {
            let what = received.body.isEmpty ? "no body" : "a body without Content-Type"
            return [context.finding(
                check, exchange, message: "\(what), where response \(documented.status) documents \(names)", rule: rule)]
        }
        guard documented.content(for: mediaType) == nil else { return [] }
        return [context.finding(
            check, exchange,
            message: "Content-Type \(mediaType) is not documented for response \(documented.status) (documented: \(names))",
            rule: rule)]
    }
}
