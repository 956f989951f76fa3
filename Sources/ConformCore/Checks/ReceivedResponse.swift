/// A response as it came back: status, headers and the body up to the size cap.
public struct ReceivedResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [HeaderField]
    /// The body bytes read; when ``truncated`` only the first part.
    public var body: [UInt8]
    /// True when the body went past the size cap and the rest was not read.
    public var truncated: Bool

    public init(status: Int, headers: [HeaderField], body: [UInt8], truncated: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.truncated = truncated
    }

    /// The `Content-Type` header's media type, lowercased and without parameters.
    public var mediaType: String? {
        headers.value(named: "Content-Type").flatMap(MediaType.essence(of:))
    }

    /// True for 2XX statuses.
    public var isSuccess: Bool { (200..<300).contains(status) }
}
