/// Why a request got no usable response: the target misbehaved or could not be reached.
public struct TransportError: Error, Sendable, Hashable {
    /// The kinds of failure the runner tells apart.
    public enum Kind: String, Sendable, Hashable {
        /// Nothing listened: the connection was refused or could not be opened.
        case connectionRefused = "connection refused"
        /// The peer reset or closed the connection before a whole response.
        case connectionReset = "connection reset"
        /// No whole response within the per-request timeout.
        case timeout
        /// Bytes that are not an HTTP response, or a body shorter than its `Content-Length`.
        case invalidResponse = "invalid response"
        /// A body longer than the size cap: only its start was read, and it is not judged.
        case bodyTooLarge = "body too large"
        /// The run's time budget ran out while the request was waiting or in flight.
        case budgetExhausted = "budget exhausted"
        /// Anything else the HTTP client reported.
        case other
        /// A request the HTTP client cannot put on the wire; it was not sent.
        case unsendable = "not sendable"
    }

    public var kind: Kind
    /// One line saying what happened.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

extension TransportError: CustomStringConvertible {
    public var description: String { "\(kind.rawValue): \(message)" }
}
