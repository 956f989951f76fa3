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
/// learned:                       # written when recording (see ``Learner``); same two lists
///   pointers:
///     - pointer: '/id'
///       placeholder: 'id:cs_test_[A-Za-z0-9]{24}'
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

    /// Rules `conform` learned by sending cases twice when it recorded them, kept under
    /// `learned:` (see ``Learner``); they apply after the hand-written ones, which win.
    public var learned: Learned

    /// The learned part of a rules file: the same two lists.
    public struct Learned: Sendable {
        public var pointers: [PointerRule]
        public var patterns: [PatternRule]

        public init(pointers: [PointerRule] = [], patterns: [PatternRule] = []) {
            self.pointers = pointers
            self.patterns = patterns
        }
    }

    /// No rules: only the schema's formats normalize.
    public init(pointers: [PointerRule] = [], patterns: [PatternRule] = [], learned: Learned = Learned()) {
        self.pointers = pointers
        self.patterns = patterns
        self.learned = learned
    }

    /// Hand pointer rules, then learned ones: the first that matches a pointer applies.
    public var allPointers: [PointerRule] { pointers + learned.pointers }
    /// Hand pattern rules, then learned ones, applied in this order.
    public var allPatterns: [PatternRule] { patterns + learned.patterns }

    /// Reads a loaded `normalize.yaml`; every mistake is reported at its position.
    public init(_ loaded: LoadedDocument) throws(LoadError) {
        var reader = RuleReader(loaded: loaded)
        self.init()
        guard let root = loaded.root.objectValue else { throw reader.error("must be a mapping", at: .root) }
        for key in root.keys where !["pointers", "patterns", "learned"].contains(key) {
            reader.report("unknown key '\(key)'; expected 'pointers', 'patterns' or 'learned'", at: .root.appending(key), key: true)
        }
        (pointers, patterns) = reader.rules(in: root, at: .root)
        if let learned = root["learned"] {
            guard let object = learned.objectValue else { throw reader.error("'learned' must be a mapping", at: .root.appending("learned")) }
            for key in object.keys where key != "pointers" && key != "patterns" {
                reader.report(
                    "unknown key '\(key)'; expected 'pointers' or 'patterns'", at: JSONPointer.root.appending("learned").appending(key),
                    key: true)
            }
            let (pointers, patterns) = reader.rules(in: object, at: .root.appending("learned"))
            self.learned = Learned(pointers: pointers, patterns: patterns)
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

    /// The `pointers` and `patterns` lists of `root` (the file, or its `learned` mapping at `base`).
    mutating func rules(
        in root: JSONObject, at base: JSONPointer
    ) -> ([NormalizationRules.PointerRule], [NormalizationRules.PatternRule]) {
        var pointers: [NormalizationRules.PointerRule] = []
        var patterns: [NormalizationRules.PatternRule] = []
        for (index, entry) in entries("pointers", of: root, at: base).enumerated() {
            let at = base.appending("pointers").appending(index)
            guard let text = string("pointer", in: entry, at: at), let name = string("placeholder", in: entry, at: at) else {
                continue
            }
            guard let pattern = PointerPattern(text) else {
                report("'\(text)' is not a JSON Pointer (it must start with '/')", at: at.appending("pointer"))
                continue
            }
            guard let placeholder = Placeholder(typed: name) else {
                report(
                    "unknown placeholder '\(name)'; expected one of \(Placeholder.typedNames.joined(separator: ", ")) or id:PREFIX",
                    at: at.appending("placeholder"))
                continue
            }
            pointers.append(NormalizationRules.PointerRule(pattern: pattern, placeholder: placeholder))
        }
        for (index, entry) in entries("patterns", of: root, at: base).enumerated() {
            let at = base.appending("patterns").appending(index)
            guard let text = string("regex", in: entry, at: at), let name = string("placeholder", in: entry, at: at) else {
                continue
            }
            guard let regex = try? NSRegularExpression(pattern: text) else {
                report("'\(text)' is not a valid regular expression", at: at.appending("regex"))
                continue
            }
            patterns.append(NormalizationRules.PatternRule(regex: regex, placeholder: Placeholder(untyped: name)))
        }
        return (pointers, patterns)
    }

    /// The mappings of a list member; reports a list that is not one.
    mutating func entries(_ key: String, of root: JSONObject, at base: JSONPointer) -> [JSONObject] {
        guard let value = root[key] else { return [] }
        guard let list = value.arrayValue else {
            report("'\(key)' must be a list", at: base.appending(key))
            return []
        }
        return list.enumerated().compactMap { index, entry in
            guard let object = entry.objectValue else {
                report("each entry of '\(key)' must be a mapping", at: base.appending(key).appending(index))
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
