/// A request exactly as it went on the wire, with every secret already redacted
/// (see ``Redactor``): checks, findings and reports can print any part of it.
public struct SentRequest: Sendable, Hashable {
    /// The method as sent (`POST`).
    public var method: String
    /// The full URL, query included.
    public var url: String
    /// Headers in the order sent, cookies as a `Cookie` header.
    public var headers: [HeaderField]
    /// The body bytes, nil for none.
    public var body: [UInt8]?

    public init(method: String, url: String, headers: [HeaderField], body: [UInt8]?) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
