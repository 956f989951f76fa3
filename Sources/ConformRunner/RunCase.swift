import ConformCore

/// One request to send for a case: the case's identity and its concrete request parts.
///
/// Path, query, header and cookie values are already serialized as the operation's
/// parameter styles say; the runner only joins them to the target and adds credentials.
public struct RunCase: Sendable {
    public var id: String
    public var operationID: String
    /// The seed of a random case; nil for a case derived from the schema.
    public var seed: UInt64?
    public var expectation: Expectation
    /// The method as sent (`POST`).
    public var method: String
    /// The path with parameters filled in and percent-encoded, without the server prefix.
    public var path: String
    /// Query pairs, already percent-encoded.
    public var query: [(name: String, value: String)]
    public var headers: [HeaderField]
    public var cookies: [(name: String, value: String)]
    public var body: [UInt8]?
    /// The body's media type, sent as `Content-Type` unless a header gives it.
    public var mediaType: String?
    /// The generated case, when there is one: what the shrinker works on.
    public var testCase: TestCase?

    public init(
        id: String, operationID: String, seed: UInt64? = nil, expectation: Expectation = .valid, method: String,
        path: String, query: [(name: String, value: String)] = [], headers: [HeaderField] = [],
        cookies: [(name: String, value: String)] = [], body: [UInt8]? = nil, mediaType: String? = nil
    ) {
        self.id = id
        self.operationID = operationID
        self.seed = seed
        self.expectation = expectation
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.cookies = cookies
        self.body = body
        self.mediaType = mediaType
    }
}
