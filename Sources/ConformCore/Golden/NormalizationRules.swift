import Foundation

/// The rules a spec declares in `golden/<spec-stem>/normalize.yaml` for values that change
/// from run to run:
///
/// ```yaml
/// pointers:                      # into the response body; * matches any one token
///   - pointer: /line_items/*/id
///     placeholder: id:cs_test_   # uuid, date-time, date, uri, string, integer, number, boolean, id:PREFIX
/// patterns:                      # in every response string and header value
///   - regex: 'sessions/[0-9]+'
///     placeholder: session-path
/// ```
public struct NormalizationRules: Sendable {
    /// A body value replaced by a typed placeholder.
    public struct PointerRule: Sendable, Hashable {
        public var pattern: PointerPattern
        public var placeholder: Placeholder
    }

    /// Every match of a regex inside a string replaced by `<placeholder>`.
    public struct PatternRule: Sendable {
        public var regex: NSRegularExpression
        public var placeholder: Placeholder
    }

    public var pointers: [PointerRule]
    public var patterns: [PatternRule]

    /// No rules: only the schema's formats normalize.
    public init(pointers: [PointerRule] = [], patterns: [PatternRule] = []) {
        self.pointers = pointers
        self.patterns = patterns
    }

    /// Reads a loaded `normalize.yaml`; every mistake is reported at its position.
    public init(_ loaded: LoadedDocument) throws(LoadError) {
        var reader = RuleReader(loaded: loaded)
        self.init()
        guard let root = loaded.root.objectValue else { throw reader.error("must be a mapping", at: .root) }
        for key in root.keys where key != "pointers" && key != "patterns" {
            reader.report("unknown key '\(key)'; expected 'pointers' or 'patterns'", at: .root.appending(key), key: true)
        }
        for (index, entry) in reader.entries("pointers", of: root).enumerated() {
            let at = JSONPointer.root.appending("pointers").appending(index)
            guard let text = reader.string("pointer", in: entry, at: at),
                let name = reader.string("placeholder", in: entry, at: at)
            else { continue }
            guard let pattern = PointerPattern(text) else {
                reader.report("'\(text)' is not a JSON Pointer (it must start with '/')", at: at.appending("pointer"))
                continue
            }
            guard let placeholder = Placeholder(typed: name) else {
                reader.report(
                    "unknown placeholder '\(name)'; expected one of \(Placeholder.typedNames.joined(separator: ", ")) or id:PREFIX",
                    at: at.appending("placeholder"))
                continue
            }
            pointers.append(PointerRule(pattern: pattern, placeholder: placeholder))
        }
        for (index, entry) in reader.entries("patterns", of: root).enumerated() {
            let at = JSONPointer.root.appending("patterns").appending(index)
            guard let text = reader.string("regex", in: entry, at: at),
                let name = reader.string("placeholder", in: entry, at: at)
            else { continue }
            guard let regex = try? NSRegularExpression(pattern: text) else {
                reader.report("'\(text)' is not a valid regular expression", at: at.appending("regex"))
                continue
            }
            patterns.append(PatternRule(regex: regex, placeholder: Placeholder(untyped: name)))
        }
        if !reader.diagnostics.isEmpty { throw LoadError(reader.diagnostics) }
    }
}

/// Collects positioned diagnostics while reading a rules file.
private struct RuleReader {
    let loaded: LoadedDocument
    var diagnostics: [Diagnostic] = []

    func error(_ message: String, at pointer: JSONPointer) -> LoadError {
        LoadError([Diagnostic(.error, message, code: "golden.normalize", at: loaded.sourceMap.location(of: pointer))])
    }

    mutating func report(_ message: String, at pointer: JSONPointer, key: Bool = false) {
        let location = key ? loaded.sourceMap.keyLocation(of: pointer) : loaded.sourceMap.location(of: pointer)
        diagnostics.append(Diagnostic(.error, message, code: "golden.normalize", at: location))
    }

    /// The mappings of a list member; reports a list that is not one.
    mutating func entries(_ key: String, of root: JSONObject) -> [JSONObject] {
        guard let value = root[key] else { return [] }
        guard let list = value.arrayValue else {
            report("'\(key)' must be a list", at: .root.appending(key))
            return []
        }
        return list.enumerated().compactMap { index, entry in
            guard let object = entry.objectValue else {
                report("each entry of '\(key)' must be a mapping", at: JSONPointer.root.appending(key).appending(index))
                return nil
            }
            return object
        }
    }

    /// A required string member; reports it missing or mistyped.
    mutating func string(_ key: String, in entry: JSONObject, at pointer: JSONPointer) -> String? {
        guard let value = entry[key] else {
            report("missing '\(key)'", at: pointer)
            return nil
        }
        guard let text = value.stringValue else {
            report("'\(key)' must be a string", at: pointer.appending(key))
            return nil
        }
        return text
    }
}
