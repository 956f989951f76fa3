/// One operation: a method on a path, with everything a case needs to call it.
public struct Operation: Sendable, Hashable {
    /// `operationId`, or `METHOD /path` when the document gives none.
    public var id: String
    public var operationId: String?
    public var method: HTTPMethod
    /// The path template (`/checkout/sessions/{checkout_session_id}`).
    public var path: String
    public var summary: String?
    public var tags: [String]
    public var deprecated: Bool
    /// Path-level and operation-level parameters merged (operation wins on name + location).
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    /// Responses sorted in matching order (exact codes, ranges, default).
    public var responses: [Response]
    /// The effective requirements (operation-level, else document-level); empty means none.
    public var security: [SecurityRequirement]
    /// Servers for this operation (operation, path item, then document level).
    public var servers: [Server]
    /// Where the operation object is.
    public var pointer: DocumentPointer

    /// The response that documents `status`: an exact code, else its range, else `default`.
    public func response(for status: Int) -> Response? {
        responses.first { $0.status.matches(status) }
    }

    /// True when calling the operation needs credentials (no anonymous alternative).
    public var requiresAuthentication: Bool {
        !security.isEmpty && !security.contains(where: \.isAnonymous)
    }
}
