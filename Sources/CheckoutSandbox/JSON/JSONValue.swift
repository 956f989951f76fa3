/// A JSON value as the sandbox reads and writes it.
///
/// Numbers keep their literal text so that int32 bounds and decimal prices are judged
/// exactly, and objects keep their member order so responses are byte-stable.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// An integer number value.
    static func int(_ value: some BinaryInteger) -> JSONValue {
        .number(JSONNumber(text: String(value)))
    }

    /// A string, or `null` when the value is absent.
    static func string(orNull value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }
}
