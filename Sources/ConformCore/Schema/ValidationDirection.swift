/// Which way a value travels; OpenAPI's `readOnly` and `writeOnly` depend on it.
public enum ValidationDirection: String, Sendable, CaseIterable {
    /// No direction: `readOnly` and `writeOnly` are annotations only.
    case none
    /// A request body or parameter: `readOnly` properties should not be sent, and a
    /// `readOnly` property listed in `required` is not required.
    case request
    /// A response body: `writeOnly` properties should not be returned, and a `writeOnly`
    /// property listed in `required` is not required.
    case response
}
