/// A `components/securitySchemes` entry.
public struct SecurityScheme: Sendable, Hashable {
    /// The kinds of scheme OpenAPI defines.
    public enum Kind: Sendable, Hashable {
        /// An API key in a header, query parameter or cookie.
        case apiKey(name: String, location: ParameterLocation)
        /// HTTP authentication (`basic`, `bearer`, …), scheme name lowercased.
        case http(scheme: String)
        case oauth2
        case openIdConnect
        case mutualTLS
    }

    /// The scheme's name in `components/securitySchemes`.
    public var name: String
    public var kind: Kind
    /// Where the scheme is defined.
    public var pointer: DocumentPointer
}
