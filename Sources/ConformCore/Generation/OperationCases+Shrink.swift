/// Shrinking: the smallest request that keeps a case's expectation and a caller's predicate.
extension OperationCases {
    func shrink(_ testCase: TestCase, while predicate: (TestCase) async -> Bool) async -> TestCase {
        var current = testCase
        // Each accepted step makes the request strictly smaller, so the loop ends; the cap
        // bounds the work on huge bodies.
        var steps = 0
        search: while steps < 10_000 {
            for candidate in smaller(current.inputs) {
                steps += 1
                guard check(candidate, expectation: current.expectation) == nil else { continue }
                var next = current
                next.inputs = candidate
                next.request = render(candidate)
                if await predicate(next) {
                    current = next
                    continue search
                }
            }
            break
        }
        return current
    }

    /// One-step simplifications of every parameter and value in the request, biggest cuts first.
    private func smaller(_ inputs: RequestInputs) -> [RequestInputs] {
        var result: [RequestInputs] = []
        var parts: [Part] = inputs.parameters.keys.sorted().map { .parameter($0) }
        if inputs.body != nil { parts.append(.body) }
        for part in parts {
            guard let value = inputs.value(of: part) else { continue }
            // A parameter can go altogether; the self-check keeps the required ones.
            if case .parameter = part { result.append(inputs.with(part, nil)) }
            for (pointer, replacement) in Self.simplifications(of: value, at: .root) {
                result.append(inputs.with(part, value.setting(pointer, to: replacement)))
            }
        }
        return result
    }

    /// Candidate edits of `value`: remove members, drop array elements, shorten strings,
    /// move numbers toward zero (the self-check stops them at the nearest bound).
    static func simplifications(of value: JSONValue, at pointer: JSONPointer) -> [(JSONPointer, JSONValue?)] {
        switch value {
        case .object(let object):
            var edits: [(JSONPointer, JSONValue?)] = object.keys.map { (pointer.appending($0), nil) }
            for (key, member) in object { edits += simplifications(of: member, at: pointer.appending(key)) }
            return edits
        case .array(let items):
            var edits: [(JSONPointer, JSONValue?)] = []
            if items.count > 1 { edits.append((pointer, .array(Array(items.prefix(items.count / 2))))) }
            if !items.isEmpty { edits.append((pointer.appending(items.count - 1), nil)) }
            for (index, item) in items.enumerated() { edits += simplifications(of: item, at: pointer.appending(index)) }
            return edits
        case .string(let text) where !text.isEmpty:
            var edits: [(JSONPointer, JSONValue?)] = [(pointer, .string(String(text.dropLast())))]
            if text.count > 1 { edits.insert((pointer, .string(String(text.prefix(text.count / 2)))), at: 0) }
            return edits
        case .number(let number) where number != 0:
            let toward: JSONNumber = number > 0 ? number - 1 : number + 1
            var edits: [(JSONPointer, JSONValue?)] = [(pointer, .number(0)), (pointer, .number(NumberRange.half(number)))]
            if number.isInteger { edits.append((pointer, .number(NumberRange.floor(NumberRange.half(number))))) }
            if number > 1 || number < -1 { edits.append((pointer, .number(toward))) }
            return edits
        default:
            return []
        }
    }
}
