/// How error messages quote values: compact JSON, cut short when long.
enum Render {
    static let limit = 60

    static func value(_ value: JSONValue) -> String {
        switch value {
        case .number(let number): return number.description
        case .string(let text): return string(text)
        default: return cut(value.serialized(.compact))
        }
    }

    static func string(_ text: String) -> String {
        cut(JSONValue.string(text).serialized(.compact))
    }

    static func list(_ values: [JSONValue]) -> String {
        cut("[" + values.map { $0.serialized(.compact) }.joined(separator: ", ") + "]")
    }

    static func names(_ names: [String]) -> String {
        names.map { string($0) }.joined(separator: ", ")
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    private static func cut(_ text: String) -> String {
        guard text.count > limit else { return text }
        return text.prefix(limit - 1) + "…"
    }
}
