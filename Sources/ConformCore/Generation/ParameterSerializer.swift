/// Serializes parameter values by OAS `style` and `explode`.
///
/// Values arrive as JSON; primitives print as their JSON text without quotes (`null` as
/// the empty string). Output is percent-encoded except for the delimiters the style adds.
enum ParameterSerializer {
    /// The text of a primitive as it appears in a URL or header, before encoding.
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.description
        case .string(let string): return string
        case .array, .object: return value.serialized(.compact)
        }
    }

    /// A path segment for `{name}` (styles simple, label, matrix).
    static func path(_ parameter: Parameter, _ value: JSONValue) -> String {
        let encode = { (text: String) in PercentEncoding.encode(text) }
        let name = parameter.name
        switch (parameter.style, value) {
        case (.label, .array(let items)):
            return "." + items.map { encode(text($0)) }.joined(separator: parameter.explode ? "." : ",")
        case (.label, .object(let object)):
            return "." + pairs(object, encode, explode: parameter.explode).joined(separator: parameter.explode ? "." : ",")
        case (.label, _):
            return "." + encode(text(value))
        case (.matrix, .array(let items)):
            if parameter.explode { return items.map { ";\(name)=" + encode(text($0)) }.joined() }
            return ";\(name)=" + items.map { encode(text($0)) }.joined(separator: ",")
        case (.matrix, .object(let object)):
            if parameter.explode { return pairs(object, encode, explode: true).map { ";" + $0 }.joined() }
            return ";\(name)=" + pairs(object, encode, explode: false).joined(separator: ",")
        case (.matrix, _):
            let text = text(value)
            return text.isEmpty ? ";\(name)" : ";\(name)=" + encode(text)
        default:
            return simple(value, explode: parameter.explode, encode: encode)
        }
    }

    /// `simple` style: comma-separated items, `k,v` pairs or `k=v` when exploded.
    static func simple(_ value: JSONValue, explode: Bool, encode: (String) -> String) -> String {
        switch value {
        case .array(let items): return items.map { encode(text($0)) }.joined(separator: ",")
        case .object(let object): return pairs(object, encode, explode: explode).joined(separator: ",")
        default: return encode(text(value))
        }
    }

    /// Query items for a query parameter (styles form, spaceDelimited, pipeDelimited,
    /// deepObject), names and values encoded.
    static func query(_ parameter: Parameter, _ value: JSONValue) -> [RequestParts.QueryItem] {
        let encode = { (text: String) in PercentEncoding.encode(text, allowReserved: parameter.allowReserved) }
        let name = PercentEncoding.encode(parameter.name)
        if parameter.contentType != nil {
            return [.init(name: name, value: PercentEncoding.encode(value.serialized(.compact)))]
        }
        switch (parameter.style, value) {
        case (.deepObject, _):
            return flatten(value, prefix: parameter.name).map {
                .init(name: PercentEncoding.encode($0.key), value: encode($0.value))
            }
        case (.spaceDelimited, .array(let items)), (.pipeDelimited, .array(let items)):
            let separator = parameter.style == .spaceDelimited ? "%20" : "%7C"
            if parameter.explode { return items.map { .init(name: name, value: encode(text($0))) } }
            return [.init(name: name, value: items.map { encode(text($0)) }.joined(separator: separator))]
        case (_, .array(let items)):
            if parameter.explode { return items.map { .init(name: name, value: encode(text($0))) } }
            return [.init(name: name, value: items.map { encode(text($0)) }.joined(separator: ","))]
        case (_, .object(let object)):
            if parameter.explode {
                return object.members.map { .init(name: PercentEncoding.encode($0.key), value: encode(text($0.value))) }
            }
            return [.init(name: name, value: pairs(object, encode, explode: false).joined(separator: ","))]
        default:
            return [.init(name: name, value: encode(text(value)))]
        }
    }

    /// A header value (style simple).
    static func header(_ parameter: Parameter, _ value: JSONValue) -> String {
        if parameter.contentType != nil { return value.serialized(.compact) }
        return simple(value, explode: parameter.explode, encode: { $0 })
    }

    /// A cookie value (style form): arrays and objects comma-joined, as OAS describes.
    static func cookie(_ parameter: Parameter, _ value: JSONValue) -> String {
        simple(value, explode: false, encode: { PercentEncoding.encode($0) })
    }

    /// `k,v` pairs (or `k=v` when exploded) of an object.
    private static func pairs(_ object: JSONObject, _ encode: (String) -> String, explode: Bool) -> [String] {
        object.members.map { explode ? encode($0.key) + "=" + encode(text($0.value)) : encode($0.key) + "," + encode(text($0.value)) }
    }

    /// Bracketed names for nested values: `a[b][0]=x`, the deepObject form that form-encoded
    /// APIs such as Stripe read (arrays indexed). An empty array or object becomes `a=`.
    static func flatten(_ value: JSONValue, prefix: String) -> [(key: String, value: String)] {
        switch value {
        case .object(let object) where !object.isEmpty:
            return object.members.flatMap { flatten($0.value, prefix: "\(prefix)[\($0.key)]") }
        case .array(let items) where !items.isEmpty:
            return items.enumerated().flatMap { flatten($0.element, prefix: "\(prefix)[\($0.offset)]") }
        case .object, .array:
            return [(prefix, "")]
        default:
            return [(prefix, text(value))]
        }
    }
}
