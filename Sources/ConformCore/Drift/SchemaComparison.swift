/// Compares pairs of normalized schemas, one pair at a time, for one direction.
///
/// Each pair is compared once: the result holds the pair's own findings and the child pairs
/// to visit next, leaving out the pairs that read the same in both versions all the way down
/// (``UnchangedNodes``): no finding can sit below them. Drift walks these edges from every
/// operation with a visited set, so recursive schemas terminate and a shared component is
/// compared once however often it is used.
final class SchemaComparison {
    /// What one pair yields.
    struct Result {
        var findings: [SchemaFinding] = []
        var children: [(step: SchemaStep, old: Int, new: Int)] = []
    }

    /// Schema IDs of the old and new normalizer, and the direction they are read in.
    struct Pair: Hashable {
        var old: Int
        var new: Int
        var direction: MessageDirection
    }

    let old: SchemaNormalizer
    let new: SchemaNormalizer
    let unchanged: UnchangedNodes
    private var results: [Pair: Result] = [:]
    /// ``isUnchanged(_:_:)`` by pair of schema IDs (direction unused).
    private var unchangedPairs: [Pair: Bool] = [:]

    init(old: SchemaNormalizer, new: SchemaNormalizer, unchanged: UnchangedNodes) {
        self.old = old
        self.new = new
        self.unchanged = unchanged
    }

    /// True when two schema IDs stand for the same nodes in both versions, unchanged below.
    func isUnchanged(_ oldID: Int, _ newID: Int) -> Bool {
        let key = Pair(old: oldID, new: newID, direction: .none)
        if let known = unchangedPairs[key] { return known }
        let before = old.keysByID[oldID].pointers
        let after = new.keysByID[newID].pointers
        let answer = !before.isEmpty && before.count == after.count
            && zip(before, after).allSatisfy { unchanged.isUnchanged($0, $1) }
        unchangedPairs[key] = answer
        return answer
    }

    /// The findings and child pairs of `pair`, computed once.
    func compare(_ pair: Pair) -> Result {
        if let cached = results[pair] { return cached }
        var context = PairContext(
            o: old.schema(pair.old), n: new.schema(pair.new), request: pair.direction == .request, comparison: self,
            oldConjuncts: old.keysByID[pair.old], newConjuncts: new.keysByID[pair.new])
        context.run()
        results[pair] = context.result
        return context.result
    }
}

/// The comparison of one pair of schemas.
private struct PairContext {
    let o: NormalizedSchema
    let n: NormalizedSchema
    let request: Bool
    let comparison: SchemaComparison
    var oldNormalizer: SchemaNormalizer { comparison.old }
    var newNormalizer: SchemaNormalizer { comparison.new }
    /// The schema objects each side conjoins.
    let oldConjuncts: SchemaKey
    let newConjuncts: SchemaKey
    var result = SchemaComparison.Result()

    init(
        o: NormalizedSchema, n: NormalizedSchema, request: Bool, comparison: SchemaComparison, oldConjuncts: SchemaKey,
        newConjuncts: SchemaKey
    ) {
        self.o = o
        self.n = n
        self.request = request
        self.comparison = comparison
        self.oldConjuncts = oldConjuncts
        self.newConjuncts = newConjuncts
    }

    mutating func run() {
        compareTypes()
        compareNullability()
        compareEnums()
        compareFormats()
        compareBounds()
        comparePatterns()
        if o.admits(.object) && n.admits(.object) {
            compareProperties()
            compareAdditionalProperties()
        }
        if o.admits(.array) && n.admits(.array), o.items != nil || n.items != nil {
            addChild(.items, o.items ?? oldNormalizer.anything, n.items ?? newNormalizer.anything)
        }
        compareAlternatives()
    }

    // MARK: Helpers

    /// A child pair to visit next, unless it reads the same in both versions.
    private mutating func addChild(_ step: SchemaStep, _ oldID: Int, _ newID: Int) {
        if !comparison.isUnchanged(oldID, newID) { result.children.append((step, oldID, newID)) }
    }

    private func oldAt(_ keyword: String) -> DocumentPointer? { o.origins[keyword] ?? o.anchor }
    private func newAt(_ keyword: String) -> DocumentPointer? { n.origins[keyword] ?? n.anchor }

    /// Reports `narrowing` for requests and `widening` for responses as given; the caller
    /// picks the rule for the direction it found.
    private mutating func add(
        _ rule: DriftRule, _ message: String, keyword: String, candidates: [SchemaFinding.Candidate] = []
    ) {
        result.findings.append(SchemaFinding(
            rule: rule, message: message, old: oldAt(keyword), new: newAt(keyword), candidates: candidates))
    }

    /// The non-null types a schema lets through, counting what its enum allows.
    private static func effectiveTypes(_ schema: NormalizedSchema) -> JSONTypeSet {
        var types = (schema.types ?? [.boolean, .object, .array, .number, .string]).subtracting(.null)
        if let values = schema.nonNullEnum {
            let enumTypes = values.reduce(into: JSONTypeSet()) { $0.formUnion(JSONTypeSet(name: $1.typeName) ?? []) }
            types = types.intersecting(enumTypes)
        }
        return types
    }

    // MARK: Keywords

    private mutating func compareTypes() {
        let oldTypes = Self.effectiveTypes(o)
        let newTypes = Self.effectiveTypes(n)
        let removed = oldTypes.uncovered(by: newTypes)
        let added = newTypes.uncovered(by: oldTypes)
        if !removed.isEmpty {
            let message = "type narrowed from \(oldTypes.names) to \(newTypes.names)"
            if request {
                add(.requestTypeNarrowed, message, keyword: "type",
                    candidates: removed.map { .example(type: $0.0, length: nil) })
            } else {
                add(.responseTypeNarrowed, message, keyword: "type")
            }
        }
        if !added.isEmpty {
            let message = "type widened from \(oldTypes.names) to \(newTypes.names)"
            if request {
                add(.requestTypeWidened, message, keyword: "type")
            } else {
                add(.responseTypeWidened, message, keyword: "type",
                    candidates: added.map { .example(type: $0.0, length: nil) })
            }
        }
    }

    private mutating func compareNullability() {
        let before = o.acceptsNull
        let after = n.acceptsNull
        guard before != after else { return }
        let keyword = o.origins["nullable"] != nil || n.origins["nullable"] != nil ? "nullable" : "type"
        if before {
            add(request ? .requestNullableRemoved : .responseNullableRemoved, "null no longer allowed",
                keyword: keyword, candidates: [.value(.null)])
        } else {
            add(request ? .requestNullableAdded : .responseNullableAdded, "null now allowed",
                keyword: keyword, candidates: [.value(.null)])
        }
    }

    private mutating func compareEnums() {
        let before = o.nonNullEnum
        let after = n.nonNullEnum
        switch (before, after) {
        case let (before?, after?):
            let removed = before.filter { !after.contains($0) }
            let added = after.filter { !before.contains($0) }
            if !removed.isEmpty {
                let message = "enum \(Self.plural(removed)) removed"
                add(request ? .requestEnumValueRemoved : .responseEnumValueRemoved, message, keyword: "enum",
                    candidates: removed.map { .value($0) })
            }
            if !added.isEmpty {
                let message = "enum \(Self.plural(added)) added"
                add(request ? .requestEnumValueAdded : .responseEnumValueAdded, message, keyword: "enum",
                    candidates: added.map { .value($0) })
            }
        case let (nil, after?):
            let message = "values now restricted to enum [\(Self.list(after))]"
            add(request ? .requestEnumValueRemoved : .responseEnumValueRemoved, message, keyword: "enum",
                candidates: Self.unlisted(after))
        case let (before?, nil):
            let message = "enum [\(Self.list(before))] no longer restricts the values"
            add(request ? .requestEnumValueAdded : .responseEnumValueAdded, message, keyword: "enum",
                candidates: Self.unlisted(before))
        case (nil, nil):
            break
        }
    }

    /// Values of the enum's types that the enum does not list.
    private static func unlisted(_ values: [JSONValue]) -> [SchemaFinding.Candidate] {
        var candidates: [SchemaFinding.Candidate] = [.value("conform-unlisted")]
        let numbers = values.compactMap(\.numberValue)
        if let largest = numbers.max() { candidates.append(.value(.number(largest + 1))) }
        candidates.append(.example(type: nil, length: nil))
        return candidates
    }

    private static func plural(_ values: [JSONValue]) -> String {
        (values.count == 1 ? "value " : "values ") + list(values)
    }

    private static func list(_ values: [JSONValue]) -> String {
        values.map { $0.serialized() }.joined(separator: ", ")
    }

    private mutating func compareFormats() {
        guard o.format != n.format else { return }
        let integers = o.admits(.integer) && n.admits(.integer)
        let rank: [String?: Int] = ["int32": 0, "int64": 1]
        let before = rank[o.format] ?? (o.format == nil ? 2 : nil)
        let after = rank[n.format] ?? (n.format == nil ? 2 : nil)
        let message = "format changed from \(o.format ?? "none") to \(n.format ?? "none")"
        if integers, let before, let after {
            let beyond: [SchemaFinding.Candidate] = [
                .value(2_147_483_648), .value(-2_147_483_649), .value(9_223_372_036_854_775_807),
            ]
            if request && after < before {
                add(.requestFormatNarrowed, message, keyword: "format", candidates: beyond)
            } else if !request && after > before {
                add(.responseFormatWidened, message, keyword: "format", candidates: beyond)
            } else {
                add(request ? .requestBoundsWidened : .responseBoundsNarrowed, message, keyword: "format")
            }
            return
        }
        add(request ? .requestFormatChanged : .responseFormatChanged, message, keyword: "format")
    }

    private mutating func comparePatterns() {
        guard o.pattern != n.pattern else { return }
        let message = "pattern changed from \(o.pattern.map { "'\($0)'" } ?? "none") to \(n.pattern.map { "'\($0)'" } ?? "none")"
        add(request ? .requestPatternChanged : .responsePatternChanged, message, keyword: "pattern")
    }

    // MARK: Bounds

    private mutating func compareBounds() {
        compareNumeric(o.maximum, n.maximum, keyword: "maximum", upper: true)
        compareNumeric(o.minimum, n.minimum, keyword: "minimum", upper: false)
        let strings = o.admits(.string) && n.admits(.string)
        let arrays = o.admits(.array) && n.admits(.array)
        if strings {
            compareLength(o.maxLength, n.maxLength, keyword: "maxLength", upper: true, type: .string)
            compareLength(o.minLength, n.minLength, keyword: "minLength", upper: false, type: .string)
        }
        if arrays {
            compareLength(o.maxItems, n.maxItems, keyword: "maxItems", upper: true, type: .array)
            compareLength(o.minItems, n.minItems, keyword: "minItems", upper: false, type: .array)
        }
    }

    /// True when bound `b` lets fewer values through than `a` (nil is unbounded).
    private static func isTighter(_ b: NormalizedSchema.Bound?, than a: NormalizedSchema.Bound?, upper: Bool) -> Bool {
        guard let b else { return false }
        guard let a else { return true }
        if a.value == b.value { return b.exclusive && !a.exclusive }
        return upper ? b.value < a.value : b.value > a.value
    }

    private static func describe(_ bound: NormalizedSchema.Bound?) -> String {
        guard let bound else { return "none" }
        return (bound.exclusive ? "exclusive " : "") + bound.value.description
    }

    private mutating func compareNumeric(_ a: NormalizedSchema.Bound?, _ b: NormalizedSchema.Bound?, keyword: String, upper: Bool) {
        guard o.admits(.number) || o.admits(.integer), n.admits(.number) || n.admits(.integer) else { return }
        let narrowed = Self.isTighter(b, than: a, upper: upper)
        let widened = Self.isTighter(a, than: b, upper: upper)
        guard narrowed || widened else { return }
        let message = "\(keyword) changed from \(Self.describe(a)) to \(Self.describe(b))"
        let step: JSONNumber = upper ? 1 : -1
        // Values at and one step past each bound; the validator picks one that tells them apart.
        var candidates: [SchemaFinding.Candidate] = []
        for bound in [narrowed ? b : a, narrowed ? a : b].compactMap({ $0 }) {
            candidates += [.value(.number(bound.value)), .value(.number(bound.value + step))]
        }
        if narrowed {
            let rule: DriftRule = request ? (upper ? .requestMaximumLowered : .requestMinimumRaised) : .responseBoundsNarrowed
            add(rule, message, keyword: keyword, candidates: candidates)
        } else {
            add(request ? .requestBoundsWidened : .responseBoundsWidened, message, keyword: keyword, candidates: candidates)
        }
    }

    private mutating func compareLength(_ a: Int?, _ b: Int?, keyword: String, upper: Bool, type: JSONTypeSet) {
        guard a != b else { return }
        let narrowed: Bool
        switch (a, b) {
        case let (a?, b?): narrowed = upper ? b < a : b > a
        case (nil, _?): narrowed = true
        default: narrowed = false
        }
        let message = "\(keyword) changed from \(a.map(String.init) ?? "none") to \(b.map(String.init) ?? "none")"
        let lengths = [a, b].compactMap { $0 }.flatMap { [$0, upper ? $0 + 1 : $0 - 1] }.filter { $0 >= 0 }
        let candidates = lengths.map { SchemaFinding.Candidate.example(type: type, length: $0) }
        if narrowed {
            let rule: DriftRule = request ? (upper ? .requestMaxLengthLowered : .requestMinLengthRaised) : .responseBoundsNarrowed
            add(rule, message, keyword: keyword, candidates: candidates)
        } else {
            add(request ? .requestBoundsWidened : .responseBoundsWidened, message, keyword: keyword, candidates: candidates)
        }
    }

    // MARK: Objects

    /// Properties a direction never carries: `readOnly` ones are not sent, `writeOnly` ones not returned.
    private func carried(_ id: Int?, normalizer: SchemaNormalizer) -> Bool {
        guard let id else { return true }
        let schema = normalizer.schema(id)
        return request ? !schema.readOnly : !schema.writeOnly
    }

    private mutating func compareProperties() {
        // Dictionaries and sets: objects with a hundred properties are common (Stripe).
        let oldProperties = Dictionary(o.properties.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newProperties = Dictionary(n.properties.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let oldRequired = Set(o.required)
        let newRequired = Set(n.required)
        var seen = Set<String>()
        let names = (o.properties.map(\.name) + o.required + n.properties.map(\.name) + n.required).filter {
            seen.insert($0).inserted
        }
        for name in names {
            let oldKey = oldProperties[name]?.id
            let newKey = newProperties[name]?.id
            let wasRequired = oldRequired.contains(name)
            let isRequired = newRequired.contains(name)
            let declaredBefore = oldKey != nil || wasRequired
            let declaredAfter = newKey != nil || isRequired
            // Most properties of a changed object are the same in both versions: nothing to
            // report or walk, so whether the direction carries them does not matter.
            let walks = oldKey.flatMap { before in newKey.map { !comparison.isUnchanged(before, $0) } } ?? false
            guard walks || wasRequired != isRequired || declaredBefore != declaredAfter else { continue }
            guard carried(oldKey, normalizer: oldNormalizer), carried(newKey, normalizer: newNormalizer) else { continue }
            let oldDeclared = oldProperties[name]?.at
            let newDeclared = newProperties[name]?.at
            // A side without the property points at the schema object the other side declares
            // it in, when both versions conjoin that object.
            let oldPlace = oldDeclared ?? (wasRequired ? o.origins["required"] : nil)
                ?? counterpart(of: newDeclared, inOld: true)
            let newPlace = newDeclared ?? (isRequired ? n.origins["required"] : nil)
                ?? counterpart(of: oldDeclared, inOld: false)
            func finding(_ rule: DriftRule, _ message: String, _ candidates: [SchemaFinding.Candidate] = []) -> SchemaFinding {
                SchemaFinding(rule: rule, message: message, old: oldPlace ?? o.anchor, new: newPlace ?? n.anchor,
                    candidates: candidates)
            }
            if request {
                if isRequired && !wasRequired {
                    let message = declaredBefore ? "property '\(name)' is now required" : "new required property '\(name)'"
                    result.findings.append(finding(.requestPropertyRequiredAdded, message, [.omit(name)]))
                } else if !declaredBefore && declaredAfter {
                    result.findings.append(finding(.requestPropertyAdded, "new optional property '\(name)'"))
                } else if declaredBefore && !declaredAfter {
                    result.findings.append(finding(.requestPropertyRemoved, "property '\(name)' removed"))
                }
            } else {
                if wasRequired && !isRequired {
                    let message = declaredAfter ? "property '\(name)' is no longer required" : "required property '\(name)' removed"
                    result.findings.append(finding(.responseRequiredPropertyRemoved, message, [.omit(name)]))
                } else if declaredBefore && !declaredAfter {
                    result.findings.append(finding(.responsePropertyRemoved, "property '\(name)' removed"))
                } else if !declaredBefore && declaredAfter {
                    result.findings.append(finding(.responsePropertyAdded, "new property '\(name)'"))
                }
            }
            if walks, let oldKey, let newKey {
                result.children.append((.property(name), oldKey, newKey))
            }
        }
    }

    /// The schema object of one side at the place of the object that declares a property on
    /// the other side (`declaration` is that property's key): the same JSON Pointer, in the
    /// same file or both in their version's root file.
    private func counterpart(of declaration: DocumentPointer?, inOld: Bool) -> DocumentPointer? {
        guard let declaration else { return nil }
        let object = declaration.pointer.parent.parent
        let conjuncts = inOld ? oldConjuncts : newConjuncts
        let here = (inOld ? oldNormalizer : newNormalizer).documents.rootFile
        let there = (inOld ? newNormalizer : oldNormalizer).documents.rootFile
        return conjuncts.pointers.first {
            $0.pointer == object && ($0.file == declaration.file || ($0.file == here && declaration.file == there))
        }
    }

    private mutating func compareAdditionalProperties() {
        let extras: [SchemaFinding.Candidate] = [
            .add(SchemaStep.unlistedProperty, "x"), .add(SchemaStep.unlistedProperty, 0),
            .add(SchemaStep.unlistedProperty, [:]),
        ]
        switch (o.additional, n.additional) {
        case (.forbidden, .forbidden), (.any, .any):
            break
        case (_, .forbidden):
            if request {
                add(.requestAdditionalPropertiesClosed, "additional properties no longer allowed",
                    keyword: "additionalProperties", candidates: extras)
            }
        case (.forbidden, _):
            if !request {
                add(.responseAdditionalPropertiesOpened, "additional properties now allowed",
                    keyword: "additionalProperties", candidates: extras)
            }
        case let (before, after):
            addChild(.additionalProperty, Self.id(before, oldNormalizer), Self.id(after, newNormalizer))
        }
    }

    private static func id(_ additional: NormalizedSchema.Additional, _ normalizer: SchemaNormalizer) -> Int {
        if case .schema(let id) = additional { return id }
        return normalizer.anything
    }

    // MARK: anyOf / oneOf

    private mutating func compareAlternatives() {
        for group in 0..<max(o.alternatives.count, n.alternatives.count) {
            let before = group < o.alternatives.count ? o.alternatives[group] : nil
            let after = group < n.alternatives.count ? n.alternatives[group] : nil
            let oldBranches = before?.branches ?? []
            let newBranches = after?.branches ?? []
            let matches = Self.match(oldBranches.map { oldNormalizer.keysByID[$0] }, newBranches.map { newNormalizer.keysByID[$0] })
            for (oldIndex, newIndex) in matches {
                addChild(.alternative(group: group, old: oldIndex, new: newIndex), oldBranches[oldIndex], newBranches[newIndex])
            }
            let removed = oldBranches.indices.filter { index in !matches.contains { $0.0 == index } }
            let added = newBranches.indices.filter { index in !matches.contains { $0.1 == index } }
            let oldAt = removed.first.map { before!.pointer.appending($0) } ?? before?.pointer ?? o.anchor
            let newAt = added.first.map { after!.pointer.appending($0) } ?? after?.pointer ?? n.anchor
            if !removed.isEmpty && before != nil {
                let message = after == nil
                    ? "anyOf/oneOf removed" : "\(removed.count) of \(oldBranches.count) alternatives removed"
                let rule: DriftRule = request ? .requestBranchRemoved : .responseBranchRemoved
                result.findings.append(SchemaFinding(rule: rule, message: message, old: oldAt, new: newAt,
                    candidates: request ? removed.map { .exampleOf(oldBranches[$0]) } + [.example(type: nil, length: nil)] : []))
            }
            if !added.isEmpty && after != nil {
                let message = before == nil
                    ? "anyOf/oneOf added" : "\(added.count) alternatives added to \(oldBranches.count)"
                let rule: DriftRule = request ? .requestBranchAdded : .responseBranchAdded
                result.findings.append(SchemaFinding(rule: rule, message: message, old: oldAt, new: newAt,
                    candidates: request ? [] : added.map { .exampleOf(newBranches[$0]) } + [.example(type: nil, length: nil)]))
            }
        }
    }

    /// Pairs branches: the same component first, then the rest in order.
    private static func match(_ old: [SchemaKey], _ new: [SchemaKey]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        var free = Set(new.indices)
        func name(_ key: SchemaKey) -> JSONPointer? { key.pointers.first?.pointer }
        var unmatched: [Int] = []
        for (index, key) in old.enumerated() {
            if let target = free.sorted().first(where: { name(new[$0]) == name(key) && name(key) != nil }) {
                pairs.append((index, target))
                free.remove(target)
            } else {
                unmatched.append(index)
            }
        }
        for index in unmatched where old.count == new.count {
            guard let target = free.sorted().first else { break }
            pairs.append((index, target))
            free.remove(target)
        }
        return pairs.sorted { $0.0 < $1.0 }
    }
}
