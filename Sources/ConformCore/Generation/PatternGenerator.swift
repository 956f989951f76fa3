import Foundation

/// Makes strings that match a regular expression, for the common subset that API documents
/// use: literals, escapes (`\d \w \s`, and `\p{L}`-style properties by their ASCII members),
/// character classes and ranges, groups, alternation, anchors and the quantifiers
/// `* + ? {n} {n,} {n,m}`.
///
/// Look-arounds are read as emitting nothing. Anything else (back-references, word
/// boundaries) makes ``init(_:)`` fail: the generator then drops the case instead of
/// guessing. Every string is re-checked with `NSRegularExpression` before use.
struct PatternGenerator {
    private indirect enum Node {
        case literal(Character)
        case set([ClosedRange<Unicode.Scalar>], negated: Bool)
        case sequence([Node])
        case alternation([Node])
        case repeated(Node, min: Int, max: Int?)
        case anchor
    }

    private let root: Node
    private let regex: NSRegularExpression

    /// Nil when the pattern does not compile or uses a construct outside the subset.
    init?(_ pattern: String) {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let root = parser.parseAlternation(), parser.index == parser.scalars.count else { return nil }
        self.root = root
        self.regex = regex
    }

    /// True when `text` contains a match, as JSON Schema's unanchored `pattern` asks.
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// A matching string: the shortest choices without a generator, random ones with it.
    /// Nil when the result does not match after all.
    func string(using rng: inout SplitMix64?) -> String? {
        var output = ""
        emit(root, into: &output, rng: &rng)
        return matches(output) ? output : nil
    }

    /// A matching string whose length in Unicode scalars (what `minLength` and `maxLength`
    /// count) lies in `lengths`: the plain choice when it fits, else one built to a length
    /// the pattern can reach (the shortest without a generator, a random one with it). Nil
    /// when the pattern reaches no length in `lengths` or the result does not match.
    func string(using rng: inout SplitMix64?, lengths: ClosedRange<Int>) -> String? {
        var plainRNG = rng
        if let plain = string(using: &plainRNG), lengths.contains(plain.unicodeScalars.count) {
            rng = plainRNG
            return plain
        }
        let span = Self.span(of: root)
        let low = max(lengths.lowerBound, span.min)
        let high = min(lengths.upperBound, span.max ?? .max)
        guard low <= high else { return nil }
        var wanted = low
        if var generator = rng {
            wanted += Int(generator.below(UInt64(min(high - low, 16) + 1)))
            rng = generator
        }
        var output = ""
        emit(root, length: wanted, into: &output, rng: &rng)
        return matches(output) && lengths.contains(output.unicodeScalars.count) ? output : nil
    }

    /// The fewest and most scalars a node emits (nil: no limit, or past a million).
    private static func span(of node: Node) -> (min: Int, max: Int?) {
        let cap = 1_000_000
        switch node {
        case .literal(let character): return (character.unicodeScalars.count, character.unicodeScalars.count)
        case .anchor: return (0, 0)
        case .set: return (1, 1)
        case .sequence(let nodes):
            let spans = nodes.map(span(of:))
            let high = spans.reduce(Int?.some(0)) { total, span in
                guard let total, let next = span.max, total + next <= cap else { return nil }
                return total + next
            }
            return (min(spans.reduce(0) { $0 + $1.min }, cap), high)
        case .alternation(let nodes):
            let spans = nodes.map(span(of:))
            let high = spans.contains { $0.max == nil } ? nil : spans.compactMap(\.max).max()
            return (spans.map(\.min).min() ?? 0, high)
        case .repeated(let node, let low, let high):
            let inner = span(of: node)
            guard let high, let innerHigh = inner.max else { return (min(low * inner.min, cap), inner.max == 0 ? 0 : nil) }
            let most = high.multipliedReportingOverflow(by: innerHigh)
            return (min(low * inner.min, cap), most.overflow || most.partialValue > cap ? nil : most.partialValue)
        }
    }

    /// Emits `length` scalars when the node can (its ``span(of:)`` contains `length`):
    /// sequences and repetitions give each part its least and the rest to the first part
    /// with room, alternations take a branch that reaches the length.
    private func emit(_ node: Node, length: Int, into output: inout String, rng: inout SplitMix64?) {
        switch node {
        case .literal, .anchor, .set:
            emit(node, into: &output, rng: &rng)
        case .sequence(let nodes):
            emit(parts: nodes.map { ($0, Self.span(of: $0)) }, length: length, into: &output, rng: &rng)
        case .alternation(let nodes):
            let fitting = nodes.filter { node in
                let span = Self.span(of: node)
                return span.min <= length && span.max.map { length <= $0 } ?? true
            }
            var index = 0
            if var generator = rng, fitting.count > 1 {
                index = Int(generator.below(UInt64(fitting.count)))
                rng = generator
            }
            emit(fitting.isEmpty ? nodes[0] : fitting[index], length: length, into: &output, rng: &rng)
        case .repeated(let node, let low, let high):
            let inner = Self.span(of: node)
            // The fewest copies that reach the length, within the quantifier's bounds.
            var count = low
            if let most = inner.max, most > 0 {
                count = max(low, (length + most - 1) / most)
            } else if inner.max == nil, length > low * inner.min {
                count = max(low, 1)
            }
            if let high { count = min(count, high) }
            emit(parts: Array(repeating: (node, inner), count: min(count, 100_000)), length: length, into: &output, rng: &rng)
        }
    }

    private func emit(
        parts: [(node: Node, span: (min: Int, max: Int?))], length: Int, into output: inout String, rng: inout SplitMix64?
    ) {
        var spare = length - parts.reduce(0) { $0 + $1.span.min }
        for part in parts {
            let extra = min(spare, part.span.max.map { $0 - part.span.min } ?? spare)
            spare -= max(extra, 0)
            emit(part.node, length: part.span.min + max(extra, 0), into: &output, rng: &rng)
        }
    }

    private func emit(_ node: Node, into output: inout String, rng: inout SplitMix64?) {
        switch node {
        case .literal(let character):
            output.append(character)
        case .anchor:
            break
        case .set(let ranges, let negated):
            if negated {
                let candidates: [Unicode.Scalar] = ["a", "Z", "0", "_", "-", "x", "!", " "]
                if let scalar = candidates.first(where: { c in !ranges.contains { $0.contains(c) } }) {
                    output.unicodeScalars.append(scalar)
                }
            } else if var generator = rng {
                let range = ranges[Int(generator.below(UInt64(ranges.count)))]
                let width = UInt64(range.upperBound.value - range.lowerBound.value) + 1
                let value = range.lowerBound.value + UInt32(generator.below(width))
                output.unicodeScalars.append(Unicode.Scalar(value) ?? range.lowerBound)
                rng = generator
            } else if let range = ranges.first {
                output.unicodeScalars.append(PatternGenerator.pleasant(in: range))
            }
        case .sequence(let nodes):
            for node in nodes { emit(node, into: &output, rng: &rng) }
        case .alternation(let nodes):
            var index = 0
            if var generator = rng {
                index = Int(generator.below(UInt64(nodes.count)))
                rng = generator
            }
            emit(nodes[index], into: &output, rng: &rng)
        case .repeated(let node, let min, let max):
            var count = min
            if var generator = rng {
                let spare = Swift.min((max ?? min + 3) - min, 3)
                count += Int(generator.below(UInt64(spare + 1)))
                rng = generator
            }
            for _ in 0..<count { emit(node, into: &output, rng: &rng) }
        }
    }

    /// A letter or digit from the range when it has one, so baseline values read naturally.
    private static func pleasant(in range: ClosedRange<Unicode.Scalar>) -> Unicode.Scalar {
        for candidate: Unicode.Scalar in ["a", "A", "0"] where range.contains(candidate) { return candidate }
        return range.lowerBound
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func parseAlternation() -> Node? {
            var choices: [Node] = []
            guard let first = parseSequence() else { return nil }
            choices.append(first)
            while index < scalars.count, scalars[index] == "|" {
                index += 1
                guard let next = parseSequence() else { return nil }
                choices.append(next)
            }
            return choices.count == 1 ? first : .alternation(choices)
        }

        mutating func parseSequence() -> Node? {
            var items: [Node] = []
            while index < scalars.count, scalars[index] != "|", scalars[index] != ")" {
                guard let atom = parseAtom() else { return nil }
                guard let quantified = parseQuantifier(atom) else { return nil }
                items.append(quantified)
            }
            return .sequence(items)
        }

        mutating func parseQuantifier(_ atom: Node) -> Node? {
            guard index < scalars.count else { return atom }
            var result: Node
            switch scalars[index] {
            case "*": index += 1; result = .repeated(atom, min: 0, max: nil)
            case "+": index += 1; result = .repeated(atom, min: 1, max: nil)
            case "?": index += 1; result = .repeated(atom, min: 0, max: 1)
            case "{":
                guard let (low, high) = parseBraces() else { return atom }
                result = .repeated(atom, min: low, max: high)
            default: return atom
            }
            // Lazy and possessive markers change matching, not what matches.
            if index < scalars.count, scalars[index] == "?" || scalars[index] == "+" { index += 1 }
            return result
        }

        /// `{n}`, `{n,}` or `{n,m}`; nil (and no input used) for a literal brace.
        mutating func parseBraces() -> (Int, Int?)? {
            var cursor = index + 1
            func number() -> Int? {
                var digits = ""
                while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) {
                    digits.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                return Int(digits)
            }
            guard let low = number() else { return nil }
            var high: Int? = low
            if cursor < scalars.count, scalars[cursor] == "," {
                cursor += 1
                high = number()
            }
            guard cursor < scalars.count, scalars[cursor] == "}", low <= 1000, (high ?? low) >= low else { return nil }
            index = cursor + 1
            return (low, high)
        }

        mutating func parseAtom() -> Node? {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "^", "$":
                return .anchor
            case ".":
                return .set([" "..."~"], negated: false)
            case "(":
                if index < scalars.count, scalars[index] == "?" {
                    // Non-capturing and named groups; a look-around emits nothing (the string
                    // made is re-checked against the real regex, so it only costs a miss).
                    let rest = scalars[(index + 1)...].prefix(2)
                    if rest.first == "=" || rest.first == "!" || rest.elementsEqual(["<", "="]) || rest.elementsEqual(["<", "!"]) {
                        index += rest.first == "<" ? 3 : 2
                        guard parseAlternation() != nil, index < scalars.count, scalars[index] == ")" else { return nil }
                        index += 1
                        return .anchor
                    }
                    if index + 1 < scalars.count, scalars[index + 1] == ":" {
                        index += 2
                    } else if index + 2 < scalars.count, scalars[index + 1] == "<",
                        scalars[index + 2] != "=", scalars[index + 2] != "!",
                        let close = scalars[index...].firstIndex(of: ">")
                    {
                        index = close + 1
                    } else {
                        return nil
                    }
                }
                guard let inner = parseAlternation(), index < scalars.count, scalars[index] == ")" else { return nil }
                index += 1
                return inner
            case "[":
                return parseSet()
            case "\\":
                return parseEscape(inSet: false).map { .set($0.ranges, negated: $0.negated) }
            case "*", "+", "?", ")":
                return nil
            default:
                return .literal(Character(scalar))
            }
        }

        mutating func parseSet() -> Node? {
            var negated = false
            if index < scalars.count, scalars[index] == "^" {
                negated = true
                index += 1
            }
            var ranges: [ClosedRange<Unicode.Scalar>] = []
            var first = true
            while index < scalars.count, scalars[index] != "]" || first {
                first = false
                var low: Unicode.Scalar
                if scalars[index] == "\\" {
                    index += 1
                    guard let escaped = parseEscape(inSet: true) else { return nil }
                    // A class escape (\d) inside a set adds its ranges; a negated one cannot be merged.
                    if escaped.ranges.count != 1 || escaped.ranges[0].lowerBound != escaped.ranges[0].upperBound {
                        guard !escaped.negated else { return nil }
                        ranges += escaped.ranges
                        continue
                    }
                    low = escaped.ranges[0].lowerBound
                } else {
                    low = scalars[index]
                    index += 1
                }
                if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
                    index += 1
                    var high = scalars[index]
                    index += 1
                    if high == "\\" {
                        guard let escaped = parseEscape(inSet: true), escaped.ranges.count == 1 else { return nil }
                        high = escaped.ranges[0].lowerBound
                    }
                    guard low <= high else { return nil }
                    ranges.append(low...high)
                } else {
                    ranges.append(low...low)
                }
            }
            guard index < scalars.count, !ranges.isEmpty else { return nil }
            index += 1
            return .set(ranges, negated: negated)
        }

        /// The ranges an escape stands for; nil for back-references, boundaries and the like.
        mutating func parseEscape(inSet: Bool) -> (ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)? {
            guard index < scalars.count else { return nil }
            let scalar = scalars[index]
            index += 1
            let digit: [ClosedRange<Unicode.Scalar>] = ["0"..."9"]
            let word: [ClosedRange<Unicode.Scalar>] = ["a"..."z", "A"..."Z", "0"..."9", "_"..."_"]
            switch scalar {
            case "d": return (digit, false)
            case "D": return (digit, true)
            case "w": return (word, false)
            case "W": return (word, true)
            case "s": return ([" "..." "], false)
            case "S": return ([" "..." ", "\t"..."\r"], true)
            case "n": return (["\n"..."\n"], false)
            case "t": return (["\t"..."\t"], false)
            case "r": return (["\r"..."\r"], false)
            case "u":
                guard index + 4 <= scalars.count,
                    let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16),
                    let decoded = Unicode.Scalar(value)
                else { return nil }
                index += 4
                return ([decoded...decoded], false)
            case "p", "P":
                // A Unicode property as a sample of its ASCII members: what is emitted still
                // goes through the real regex.
                guard index < scalars.count, scalars[index] == "{", let close = scalars[index...].firstIndex(of: "}") else { return nil }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                let samples: [String: [ClosedRange<Unicode.Scalar>]] = [
                    "L": ["a"..."z", "A"..."Z"], "Lu": ["A"..."Z"], "Ll": ["a"..."z"], "N": ["0"..."9"], "Nd": ["0"..."9"],
                    "Z": [" "..." "], "Zs": [" "..." "],
                ]
                guard let ranges = samples[name] else { return nil }
                index = close + 1
                return (ranges, scalar == "P")
            case _ where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar):
                return nil
            default:
                return ([scalar...scalar], false)
            }
        }
    }
}
