/// Which way a value travels. OpenAPI's `readOnly` and `writeOnly` depend on it, and so does
/// drift: a client sends requests and reads responses, so narrowing a request and widening a
/// response are the changes that break it.
public enum MessageDirection: String, Sendable, CaseIterable, Comparable {
    /// No direction: `readOnly` and `writeOnly` are annotations only.
    case none
    /// A request body or parameter: `readOnly` properties should not be sent, and a
    /// `readOnly` property listed in `required` is not required.
    case request
    /// A response body: `writeOnly` properties should not be returned, and a `writeOnly`
    /// property listed in `required` is not required.
    case response

    /// In declaration order: drift lists requests before responses.
    public static func < (lhs: MessageDirection, rhs: MessageDirection) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
