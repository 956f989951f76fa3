import ConformCore

/// One value at the edge of what a schema accepts, made from a valid value by one change
/// only: null, a numeric bound or one step past it, an `enum` value listed or not, an object
/// lacking one `required` property.
enum SchemaEdge: Hashable {
    /// The side of a numeric range a bound limits.
    enum Side: String {
        case minimum
        case maximum
    }

    /// The kinds of edge, for counts and for classes of disagreement.
    enum Kind: String, CaseIterable {
        case null
        case atBound = "at bound"
        case pastBound = "past bound"
        case listed = "enum listed"
        case unlisted = "enum unlisted"
        case lacking = "required missing"
    }

    case null
    /// A bound's own value (`past` false) or one step outside it.
    case bound(Side, past: Bool, JSONNumber)
    case listed(JSONValue)
    case unlisted(JSONValue)
    /// The valid baseline object without the named property.
    case lacking(String)

    var kind: Kind {
        switch self {
        case .null: .null
        case .bound(_, let past, _): past ? .pastBound : .atBound
        case .listed: .listed
        case .unlisted: .unlisted
        case .lacking: .lacking
        }
    }

    /// How disagreements name the edge: `at minimum 5`, `enum unlisted "not_in_enum"`.
    var label: String {
        switch self {
        case .null: "null"
        case .bound(let side, let past, let number): "\(past ? "past" : "at") \(side.rawValue) \(number)"
        case .listed(let value): "enum listed \(value.serialized())"
        case .unlisted(let value): "enum unlisted \(value.serialized())"
        case .lacking(let name): "required \(JSONValue.string(name).serialized()) missing"
        }
    }

    /// The value to validate; a ``lacking(_:)`` edge needs a `baseline` object that has the
    /// property, and has no value otherwise.
    func value(baseline: JSONValue?) -> JSONValue? {
        switch self {
        case .null: return .null
        case .bound(_, _, let number): return .number(number)
        case .listed(let value), .unlisted(let value): return value
        case .lacking(let name):
            guard case .object(var members)? = baseline, members[name] != nil else { return nil }
            members[name] = nil
            return .object(members)
        }
    }
}
