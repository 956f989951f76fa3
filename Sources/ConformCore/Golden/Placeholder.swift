import Foundation

/// A typed stand-in for a volatile value in a golden record (`"<uuid>"`, `"<id:cs_test_>"`).
///
/// A value is replaced only when it has the placeholder's type, so a golden `"<uuid>"`
/// still fails against a new value that is not a uuid: the raw value stays and differs.
public struct Placeholder: Sendable, Hashable {
    /// The name between the angle brackets (`uuid`, `date-time`, `id:cs_test_`).
    public var name: String
    /// For a regex rule's placeholder, the regex already decided the type.
    let untyped: Bool

    /// The names a pointer rule may use: formats, JSON types, and `id:PREFIX`.
    public static let typedNames = ["uuid", "date-time", "date", "uri", "string", "integer", "number", "boolean"]

    /// A placeholder with a typed name; nil for a name that is not one of ``typedNames``,
    /// `id:PREFIX` or a learned `id:PREFIX[CLASS]{N}` (see ``IDShape``).
    public init?(typed name: String) {
        guard Placeholder.typedNames.contains(name) || (name.hasPrefix("id:") && name.count > 3) else { return nil }
        if name.hasPrefix("id:"), name.contains("["), IDShape(name: name) == nil { return nil }
        self.name = name
        untyped = false
    }

    /// A placeholder whose match was checked elsewhere (a regex rule).
    init(untyped name: String) {
        self.name = name
        untyped = true
    }

    /// The text written into the record.
    public var text: String { "<\(name)>" }

    /// True when `value` has the placeholder's type.
    public func accepts(_ value: JSONValue) -> Bool {
        if untyped { return true }
        switch (name, value) {
        case ("integer", .number(let number)): return number.isInteger
        case ("number", .number): return true
        case ("boolean", .bool): return true
        case ("string", .string): return true
        case ("uuid", .string(let text)): return Placeholder.matches(text, Placeholder.uuid)
        case ("date-time", .string(let text)): return Placeholder.matches(text, Placeholder.dateTime)
        case ("date", .string(let text)): return Placeholder.matches(text, Placeholder.date)
        case ("uri", .string(let text)): return Placeholder.matches(text, Placeholder.uri)
        case (_, .string(let text)) where name.hasPrefix("id:"):
            if let shape = IDShape(name: name) { return shape.matches(text) }
            let prefix = String(name.dropFirst(3))
            return text.hasPrefix(prefix) && text.count > prefix.count
        default: return false
        }
    }

    static let uuid = try! NSRegularExpression(
        pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
    static let dateTime = try! NSRegularExpression(
        pattern: #"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"#)
    static let date = try! NSRegularExpression(pattern: #"^\d{4}-\d{2}-\d{2}$"#)
    static let uri = try! NSRegularExpression(pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^ ]*$")

    static func matches(_ text: String, _ regex: NSRegularExpression) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
