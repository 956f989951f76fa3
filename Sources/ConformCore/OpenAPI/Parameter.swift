/// Where a parameter travels.
public enum ParameterLocation: String, Sendable, Hashable, CaseIterable {
    case path, query, header, cookie
}

/// How a parameter value is serialized (OAS `style`).
public enum ParameterStyle: String, Sendable, Hashable {
    case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject

    /// The default style for a location: `form` for query and cookie, `simple` otherwise.
    public static func defaultStyle(for location: ParameterLocation) -> ParameterStyle {
        switch location {
        case .query, .cookie: return .form
        case .path, .header: return .simple
        }
    }
}

/// An operation parameter, after path-level and operation-level lists are merged.
public struct Parameter: Sendable, Hashable {
    public var name: String
    public var location: ParameterLocation
    /// Path parameters are always required.
    public var required: Bool
    public var style: ParameterStyle
    /// Defaults to true for `form`, false otherwise.
    public var explode: Bool
    public var allowReserved: Bool
    public var deprecated: Bool
    /// The `schema` node, or for `content`-style parameters the media type's schema.
    public var schema: DocumentPointer?
    /// The media type of a `content`-style parameter.
    public var contentType: String?
    /// Where the parameter object is defined (after `$ref`).
    public var pointer: DocumentPointer
}
