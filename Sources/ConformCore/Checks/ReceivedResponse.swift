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
        guard let value = headers.value(named: "Content-Type") else { return nil }
        // Byte-wise, as HTTP defines it (optional whitespace is space and tab): several checks
        // read this for every response, and Foundation's trimming was a visible share of a run.
        let essence = value.utf8.prefix { $0 != UInt8(ascii: ";") }
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = essence.firstIndex(where: { !isSpace($0) }),
            let last = essence.lastIndex(where: { !isSpace($0) })
        else { return nil }
        return String(decoding: essence[first...last].map(\.asciiLowercased), as: UTF8.self)
    }

    /// True for 2XX statuses.
    public var isSuccess: Bool { (200..<300).contains(status) }
}
