import Foundation

/// What a server reading a parameter as the new version describes it can make of the bytes a
/// client sends for it as the old version describes it (`style`, `explode`, `allowReserved`):
/// `?p=a` is the string `"a"` and also the one-item array `["a"]` of a `form`/`explode` array.
/// A parameter change breaks a request only when none of these readings is valid.
enum WireReading {
    /// The values the new parameter may read from `value` sent as the old parameter; just
    /// `value` when the serialization is not one this reading models (content parameters,
    /// objects, `deepObject`, `label` and `matrix` paths).
    static func values(of value: JSONValue, sentAs old: Parameter, readAs new: Parameter) -> [JSONValue] {
        guard old.contentType == nil, new.contentType == nil, value.objectValue == nil,
            old.style != .deepObject, new.style != .deepObject, ![.label, .matrix].contains(old.style),
            ![.label, .matrix].contains(new.style), let texts = texts(of: value, sentAs: old)
        else { return [value] }
        var readings: [JSONValue] = []
        if texts.count == 1 { readings += scalars(texts[0]) }
        // An exploded query array is one item per element; otherwise one text holds them all.
        let delimiter: Character = new.style == .spaceDelimited ? " " : new.style == .pipeDelimited ? "|" : ","
        var elements: [String] = []
        if new.location == .query && new.explode {
            elements = texts
        } else if texts.count == 1 {
            elements = texts[0].split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
        }
        if !elements.isEmpty {
            for read in [{ (text: String) in JSONValue.string(text) }, number, boolean] {
                let items = elements.compactMap(read)
                if items.count == elements.count { readings.append(.array(items)) }
            }
        }
        return readings.isEmpty ? [value] : readings
    }

    /// The decoded texts the old serialization puts on the wire for the parameter: one per
    /// query item, or the one header, path or cookie value. Nil when a query item is named
    /// otherwise (exploded objects).
    private static func texts(of value: JSONValue, sentAs old: Parameter) -> [String]? {
        switch old.location {
        case .query:
            let items = ParameterSerializer.query(old, value)
            let name = PercentEncoding.encode(old.name)
            guard items.allSatisfy({ $0.name == name }) else { return nil }
            return items.map { $0.value.removingPercentEncoding ?? $0.value }
        case .header:
            return [ParameterSerializer.header(old, value)]
        case .path:
            let text = ParameterSerializer.path(old, value)
            return [text.removingPercentEncoding ?? text]
        case .cookie:
            let text = ParameterSerializer.cookie(old, value)
            return [text.removingPercentEncoding ?? text]
        }
    }

    /// A primitive's readings: the string itself, and the number or boolean it spells.
    private static func scalars(_ text: String) -> [JSONValue] {
        [.string(text)] + [number(text), boolean(text)].compactMap { $0 }
    }

    private static func number(_ text: String) -> JSONValue? {
        JSONNumber(literal: text).map(JSONValue.number)
    }

    private static func boolean(_ text: String) -> JSONValue? {
        text == "true" ? .bool(true) : text == "false" ? .bool(false) : nil
    }
}
