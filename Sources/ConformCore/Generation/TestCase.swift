/// What a case changes relative to the valid baseline request.
public enum CaseKind: String, Sendable, Hashable, CaseIterable {
    case baseline, enumValue, enumOutside, nullAllowed, nullRejected, bound, pastBound, length, pastLength
    case pattern, format, items, pastItems, requiredMissing, optionalMissing, wrongType, branch, random
    /// A documented `example` or `examples` entry (of a media type, parameter, schema or property).
    case example
    /// An empty array, string or object where the schema allows one.
    case empty
    /// An array with a repeated element under `uniqueItems`.
    case duplicateItems
    /// One member past `minProperties` or `maxProperties`.
    case pastProperties
    /// A number that is not a multiple of `multipleOf`.
    case pastMultipleOf
    /// A value other than the `const`.
    case constOutside
    /// A value of a `not` subschema.
    case notMatched
    /// A member the schema does not declare, where `additionalProperties` is false.
    case additionalProperty
    /// A value that matches more than one `oneOf` branch.
    case bothBranches
    /// Broken below the schema (see ``Malformation``).
    case malformed
}

/// What the server should make of a case.
public enum Expectation: Sendable, Hashable {
    /// The request satisfies the document.
    case valid
    /// The request breaks exactly one schema keyword (or a required parameter or body) at
    /// `pointer` in the request (`/body/product_cart`, `/query/status`).
    case invalid(keyword: String, pointer: JSONPointer)
    /// The request is broken at `pointer` below the level of the schema, which the generator
    /// proves without the validator. With `mustReject`, the document cannot accept it, so the
    /// server must answer 4XX; without, only a 5XX is wrong (a control character in a
    /// free-text query parameter is legal URI text).
    case malformed(Malformation, pointer: JSONPointer, mustReject: Bool)

    /// True for `.valid`.
    public var isValid: Bool { self == .valid }
}

/// The input values of a request before serialization: what shrinking edits and what a
/// replay needs.
public struct RequestInputs: Sendable, Hashable {
    /// Parameter values by location and name; a parameter left out has no entry.
    public var parameters: [ParameterKey: JSONValue]
    /// The body value, nil when the request has none.
    public var body: JSONValue?
    /// The media type the body is sent as.
    public var mediaType: String?

    public init(parameters: [ParameterKey: JSONValue] = [:], body: JSONValue? = nil, mediaType: String? = nil) {
        self.parameters = parameters
        self.body = body
        self.mediaType = mediaType
    }

    /// The value at a request pointer (`/body/a/0`, `/query/status`), if present.
    public func value(at pointer: JSONPointer) -> JSONValue? {
        guard let head = pointer.tokens.first else { return nil }
        let rest = JSONPointer(tokens: Array(pointer.tokens.dropFirst()))
        if head == "body" { return body?[pointer: rest] }
        guard let location = ParameterLocation(rawValue: head), let name = rest.tokens.first else { return nil }
        return parameters[ParameterKey(location: location, name: name)]?[
            pointer: JSONPointer(tokens: Array(rest.tokens.dropFirst()))]
    }
}

/// A parameter's identity within an operation.
public struct ParameterKey: Sendable, Hashable, Comparable {
    public var location: ParameterLocation
    public var name: String

    public init(location: ParameterLocation, name: String) {
        self.location = location
        self.name = name
    }

    /// The request pointer of the parameter (`/query/status`).
    public var pointer: JSONPointer { JSONPointer(tokens: [location.rawValue, name]) }

    public static func < (lhs: ParameterKey, rhs: ParameterKey) -> Bool {
        let order = ParameterLocation.allCases
        return (order.firstIndex(of: lhs.location)!, lhs.name) < (order.firstIndex(of: rhs.location)!, rhs.name)
    }
}

/// A request as it goes on the wire, minus the server and the credentials.
public struct RequestParts: Sendable, Hashable {
    /// One `name=value` pair of the query, both already percent-encoded.
    public struct QueryItem: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    public var method: HTTPMethod
    /// The path with path parameters serialized and percent-encoded, without the query.
    public var path: String
    public var query: [QueryItem]
    /// Header fields in order (parameters, then `Content-Type`).
    public var headers: [(name: String, value: String)]
    /// Cookies as `name`, serialized value.
    public var cookies: [(name: String, value: String)]
    /// The body bytes, nil when there is no body.
    public var body: [UInt8]?
    /// The body's media type (with `boundary` for multipart).
    public var contentType: String?
    /// The body as a value, for JSON bodies.
    public var jsonBody: JSONValue?

    /// The path and the query as a request target (`/a/b?x=1&y=2`).
    public var target: String {
        query.isEmpty ? path : path + "?" + query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    public static func == (lhs: RequestParts, rhs: RequestParts) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.query == rhs.query
            && lhs.headers.elementsEqual(rhs.headers, by: { $0 == $1 })
            && lhs.cookies.elementsEqual(rhs.cookies, by: { $0 == $1 })
            && lhs.body == rhs.body && lhs.contentType == rhs.contentType && lhs.jsonBody == rhs.jsonBody
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(target)
        hasher.combine(body)
    }
}

/// One request the suite sends, with what the document says should happen.
public struct TestCase: Sendable, Hashable {
    /// Stable across runs and machines: a readable kind prefix and a hash of the operation,
    /// kind, pointer and value (or of the seed, for random cases).
    public var id: String
    public var operationID: String
    public var kind: CaseKind
    /// The part of the request the case is about (`/body/product_cart/0/quantity`).
    public var pointer: JSONPointer
    public var expectation: Expectation
    /// The seed the case was drawn from, for random cases.
    public var seed: UInt64?
    /// The values before serialization.
    public var inputs: RequestInputs
    /// The serialized request.
    public var request: RequestParts
}
