import Foundation

/// Finds the volatile values of a server by evidence: the raw records of the same cases sent
/// twice are compared, and every place where they differ becomes a learned rule with a typed
/// placeholder that still checks the value's shape.
///
/// A leaf of the body that differs as a whole becomes a pointer rule (`integer`, `number`,
/// `uuid`, `date-time`, `date`, or `id:PREFIX[CLASS]{N}` for a token); its repetitions in
/// other strings are then tied to it by the ``Normalizer``. A string that still differs in a
/// path segment or query value (a permalink's hash) becomes a pattern rule for that part, and
/// one that differs in some other way a `string` pointer rule. Structural differences (an
/// array grown by the first sending's creations) teach nothing. Array indexes are learned as
/// `*`. Hand-written rules win: no rule is learned where one applies.
public struct Learner: Sendable {
    public let documents: DocumentSet

    public init(documents: DocumentSet) {
        self.documents = documents
    }

    /// One case's two raw records and the schema of its response body.
    public struct Pair: Sendable {
        public var first: JSONValue
        public var second: JSONValue
        public var schema: DocumentPointer?

        public init(first: JSONValue, second: JSONValue, schema: DocumentPointer?) {
            self.first = first
            self.second = second
            self.schema = schema
        }
    }

    /// `rules` with what `pairs` show added to its learned part.
    public func learn(from pairs: [Pair], rules: NormalizationRules) -> NormalizationRules {
        var rules = rules
        // Whole values first, so the strings that merely repeat an id agree once it is tied.
        for difference in differences(pairs, rules) {
            guard let body = Learner.bodyPointer(difference.pointer), case .changed(let old, let new) = difference.kind,
                let name = Learner.placeholderName(old, new), let placeholder = Placeholder(typed: name)
            else { continue }
            add(PointerPattern(generalizing: body), placeholder, to: &rules)
        }
        for difference in differences(pairs, rules) {
            guard case .changed(.string(let old), .string(let new)) = difference.kind else { continue }
            let body = Learner.bodyPointer(difference.pointer)
            guard body != nil || Learner.isHeader(difference.pointer) else { continue }
            if let patterns = Learner.patterns(old, new) {
                for (regex, name) in patterns where !rules.allPatterns.contains(where: { $0.regex.pattern == regex }) {
                    guard let compiled = try? NSRegularExpression(pattern: regex) else { continue }
                    rules.learned.patterns.append(.init(regex: compiled, placeholder: Placeholder(untyped: name)))
                }
            } else if let body, let placeholder = Placeholder(typed: "string") {
                add(PointerPattern(generalizing: body), placeholder, to: &rules)
            }
        }
        return rules
    }

    private func differences(_ pairs: [Pair], _ rules: NormalizationRules) -> [GoldenDifference] {
        let normalizer = Normalizer(rules: rules, documents: documents)
        return pairs.flatMap { pair in
            let first = normalizer.normalize(record: pair.first, schema: pair.schema)
            let second = normalizer.normalize(record: pair.second, schema: pair.schema)
            return GoldenDifference.between(first, second).filter { Learner.aligned(first, second, at: $0.pointer) }
        }
    }

    /// False when an array on the way to `pointer` has another length in each sample (a list
    /// the first sending's creations grew): its elements at one index are not the same item.
    static func aligned(_ first: JSONValue, _ second: JSONValue, at pointer: JSONPointer) -> Bool {
        for length in 0..<pointer.tokens.count {
            let parent = JSONPointer(tokens: Array(pointer.tokens.prefix(length)))
            if case .array(let x)? = first[pointer: parent], case .array(let y)? = second[pointer: parent], x.count != y.count {
                return false
            }
        }
        return true
    }

    private func add(_ pattern: PointerPattern, _ placeholder: Placeholder, to rules: inout NormalizationRules) {
        guard !rules.allPointers.contains(where: { $0.pattern.matches(JSONPointer(tokens: pattern.tokens)) }) else { return }
        rules.learned.pointers.append(.init(pattern: pattern, placeholder: placeholder))
    }

    /// The pointer inside the response body of a record pointer; nil outside it.
    static func bodyPointer(_ pointer: JSONPointer) -> JSONPointer? {
        pointer.tokens.starts(with: ["response", "body"]) ? JSONPointer(tokens: Array(pointer.tokens.dropFirst(2))) : nil
    }

    static func isHeader(_ pointer: JSONPointer) -> Bool {
        pointer.tokens.count == 3 && pointer.tokens.starts(with: ["response", "headers"])
    }

    /// The typed placeholder of a leaf that differs as a whole; nil for a string made of
    /// several parts, or values of different types.
    static func placeholderName(_ old: JSONValue, _ new: JSONValue) -> String? {
        switch (old, new) {
        case (.number(let a), .number(let b)): return a.isInteger && b.isInteger ? "integer" : "number"
        case (.bool, .bool): return "boolean"
        case (.string(let a), .string(let b)):
            if let format = ["uuid", "date-time", "date"].first(where: { name in
                Placeholder(typed: name).map { $0.accepts(old) && $0.accepts(new) } ?? false
            }) {
                return format
            }
            guard Learner.parts(of: a).count == 1, Learner.parts(of: b).count == 1, let shape = IDShape(samples: a, b) else {
                return nil
            }
            return "id:" + shape.description
        default: return nil
        }
    }

    /// Where URLs and similar strings split: path, query and host separators.
    static let separators: Set<Character> = ["/", "?", "&", "=", "#", ":", ".", ";", ",", " "]

    /// The parts of a string between ``separators``, each with the separator before it
    /// (empty for the first).
    static func parts(of text: String) -> [(separator: String, token: String)] {
        var parts: [(String, String)] = [("", "")]
        for character in text {
            if separators.contains(character) {
                parts.append((String(character), ""))
            } else {
                parts[parts.count - 1].1.append(character)
            }
        }
        return parts
    }

    /// Differing parts of at most this many make pattern rules; more is a `string`.
    static let mostParts = 3

    /// Pattern rules for the parts in which two strings of the same layout differ: each
    /// part's shape, after the constant part before it (`(?<=session/)[0-9a-f]{40}`); nil
    /// when the layouts differ, a part has no shape, or too many parts differ.
    static func patterns(_ old: String, _ new: String) -> [(regex: String, placeholder: String)]? {
        let a = parts(of: old)
        let b = parts(of: new)
        guard a.count == b.count, zip(a, b).allSatisfy({ $0.separator == $1.separator }) else { return nil }
        let differing = a.indices.filter { a[$0].token != b[$0].token }
        guard !differing.isEmpty, differing.count <= mostParts else { return nil }
        var result: [(String, String)] = []
        for index in differing {
            guard let shape = IDShape(samples: a[index].token, b[index].token) else { return nil }
            let before: String
            if index == 0 {
                before = "^"
            } else {
                let constant = a[index - 1].token == b[index - 1].token ? a[index - 1].token : ""
                before = "(?<=" + NSRegularExpression.escapedPattern(for: constant + a[index].separator) + ")"
            }
            let after = index == a.count - 1 ? "$" : "(?=" + NSRegularExpression.escapedPattern(for: a[index + 1].separator) + ")"
            result.append((before + shape.regex + after, "id:" + shape.description))
        }
        return result
    }
}

extension PointerPattern {
    /// The pattern of a learned pointer: array indexes become `*`, so every element's value
    /// is covered, not only those the two samples had.
    init(generalizing pointer: JSONPointer) {
        self.init(tokens: pointer.tokens.map { token in token.allSatisfy(\.isNumber) && !token.isEmpty ? "*" : token })
    }
}
