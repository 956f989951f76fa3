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
            pair: pair, o: old.schema(pair.old), n: new.schema(pair.new), comparison: self,
            oldConjuncts: old.keysByID[pair.old], newConjuncts: new.keysByID[pair.new])
        context.run()
        results[pair] = context.result
        return context.result
    }
}

/// The comparison of one pair of schemas.
private struct PairContext {
    let pair: SchemaComparison.Pair
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
        pair: SchemaComparison.Pair, o: NormalizedSchema, n: NormalizedSchema, comparison: SchemaComparison,
        oldConjuncts: SchemaKey, newConjuncts: SchemaKey
    ) {
        self.pair = pair
        self.o = o
        self.n = n
        self.request = pair.direction == .request
        self.comparison = comparison
        self.oldConjuncts = oldConjuncts
        self.newConjuncts = newConjuncts
    }

    mutating func run() {
        if compareWrapping() { return }
        compareTypes()
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
        compareDiscriminators()
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

    /// The kinds of value each side admits, null and `anyOf`/`oneOf` included, compared once:
    /// a change that refuses or lets through several kinds (null, integers, objects) is one
    /// finding naming all of them; a change of null alone is a nullability finding. A type
    /// replaced by another is one finding under the rule that breaks the direction (narrowed
    /// for requests, widened for responses).
    private mutating func compareTypes() {
        let before = ValueClasses.of(o, oldNormalizer)
        let after = ValueClasses.of(n, newNormalizer)
        let removed = before.subtracting(after)
        let added = after.subtracting(before)
        guard !removed.subtracting(.null).isEmpty || !added.subtracting(.null).isEmpty else {
            compareNullability(removed: removed, added: added)
            return
        }
        // "type narrowed from any to string: object, null refused"
        var kinds: [String] = []
        if !removed.isEmpty { kinds.append("\(ValueClasses.names(removed)) refused") }
        if !added.isEmpty { kinds.append("\(ValueClasses.names(added)) now allowed") }
        let verb = removed.isEmpty ? "widened" : added.isEmpty ? "narrowed" : "changed"
        let message = "type \(verb) from \(ValueClasses.names(before)) to \(ValueClasses.names(after)): "
            + kinds.joined(separator: ", ")
        let refused = Self.candidates(removed)
        let allowed = Self.candidates(added)
        switch (removed.isEmpty, added.isEmpty, request) {
        case (false, _, true): add(.requestTypeNarrowed, message, keyword: "type", candidates: refused)
        case (false, false, false): add(.responseTypeWidened, message, keyword: "type", candidates: allowed)
        case (false, true, false): add(.responseTypeNarrowed, message, keyword: "type")
        case (true, _, true): add(.requestTypeWidened, message, keyword: "type")
        case (true, _, false): add(.responseTypeWidened, message, keyword: "type", candidates: allowed)
        }
    }

    /// A value of each kind: null itself, else an example of the base side forced to that type.
    private static func candidates(_ classes: JSONTypeSet) -> [SchemaFinding.Candidate] {
        JSONTypeSet.ordered.filter { classes.contains($0.0) }.map { type, _ in
            type == .null ? .value(.null) : .example(type: type, length: nil)
        }
    }

    private mutating func compareNullability(removed: JSONTypeSet, added: JSONTypeSet) {
        let keyword = o.origins["nullable"] != nil || n.origins["nullable"] != nil ? "nullable" : "type"
        if removed.contains(.null) {
            add(request ? .requestNullableRemoved : .responseNullableRemoved, "null no longer allowed",
                keyword: keyword, candidates: [.value(.null)])
        } else if added.contains(.null) {
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
            // A list added or removed as a whole that changes the kinds of value is the type finding's cause.
            let typed = (before == nil || after == nil) && result.findings.contains { Self.typeRules.contains($0.rule) }
            if let before, let after, before.exactlyOne != after.exactlyOne {
                compareExclusivity(before, after)
            }
            if !removed.isEmpty && before != nil && !typed {
                let message = after == nil
                    ? "anyOf/oneOf removed" : "\(removed.count) of \(oldBranches.count) alternatives removed"
                let rule: DriftRule = request ? .requestBranchRemoved : .responseBranchRemoved
                result.findings.append(SchemaFinding(rule: rule, message: message, old: oldAt, new: newAt,
                    candidates: request ? removed.map { .exampleOf(oldBranches[$0]) } + [.example(type: nil, length: nil)] : []))
            }
            if !added.isEmpty && after != nil && !typed {
                let message = before == nil
                    ? "anyOf/oneOf added" : "\(added.count) alternatives added to \(oldBranches.count)"
                let rule: DriftRule = request ? .requestBranchAdded : .responseBranchAdded
                result.findings.append(SchemaFinding(rule: rule, message: message, old: oldAt, new: newAt,
                    candidates: request ? [] : added.map { .exampleOf(newBranches[$0]) } + [.example(type: nil, length: nil)]))
            }
        }
    }

    private static let typeRules: Set<DriftRule> = [
        .requestTypeNarrowed, .requestTypeWidened, .responseTypeNarrowed, .responseTypeWidened,
    ]

    /// `anyOf` became `oneOf` (a value matching two branches is refused) or the reverse.
    private mutating func compareExclusivity(_ before: NormalizedSchema.Alternatives, _ after: NormalizedSchema.Alternatives) {
        let message = before.exactlyOne ? "oneOf became anyOf" : "anyOf became oneOf"
        let finding: (DriftRule, [SchemaFinding.Candidate])
        switch (before.exactlyOne, request) {
        case (false, true): finding = (.requestAnyOfBecameOneOf, Self.overlaps(before.branches))
        case (false, false): finding = (.responseAnyOfBecameOneOf, [])
        case (true, true): finding = (.requestOneOfBecameAnyOf, [])
        case (true, false): finding = (.responseOneOfBecameAnyOf, Self.overlaps(after.branches))
        }
        result.findings.append(SchemaFinding(
            rule: finding.0, message: message, old: before.pointer, new: after.pointer, candidates: finding.1))
    }

    /// Values that match two branches at once (the first pairs, in order), then each branch's example.
    private static func overlaps(_ branches: [Int]) -> [SchemaFinding.Candidate] {
        let pairs = branches.indices.flatMap { i in branches.indices.filter { $0 > i }.map { [branches[i], branches[$0]] } }
        return pairs.prefix(6).map { .exampleOfAll($0) } + branches.map { .exampleOf($0) }
    }

    /// A schema that became one branch of a new `anyOf`/`oneOf` list, or a list that became
    /// one of its branches, is compared with that branch: the other branches are the change,
    /// not the properties and types the list itself does not declare. False when the pair is
    /// not such a wrapping.
    private mutating func compareWrapping() -> Bool {
        // The list's own keywords may repeat the plain side's type, nothing else.
        let sameNull = n.nullable == o.nullable
        let wrapsOld = sameNull && o.alternatives.isEmpty && n.alternatives.count == 1 && !ValueClasses.constrainsBesideTypes(n)
            && (n.types == nil || n.types == o.types)
        let wrapsNew = sameNull && n.alternatives.isEmpty && o.alternatives.count == 1 && !ValueClasses.constrainsBesideTypes(o)
            && (o.types == nil || o.types == n.types)
        guard wrapsOld || wrapsNew else { return false }
        let group = (wrapsOld ? n : o).alternatives[0]
        let plain = (wrapsOld ? oldConjuncts : newConjuncts).pointers.first?.pointer
        let listed = wrapsOld ? newNormalizer : oldNormalizer
        guard let index = group.branches.firstIndex(where: { branch in
            plain != nil && listed.keysByID[branch].pointers.first?.pointer == plain
                || (wrapsOld ? comparison.isUnchanged(pair.old, branch) : comparison.isUnchanged(branch, pair.new))
        }) else { return false }
        let branch = group.branches[index]
        addChild(.wrapped(group: 0, index: index, inOld: wrapsNew), wrapsOld ? pair.old : branch, wrapsOld ? branch : pair.new)
        let others = group.branches.indices.filter { $0 != index }
        guard let first = others.first else { return true }
        let keyword = group.exactlyOne ? "oneOf" : "anyOf"
        let count = others.count == 1 ? "1 other alternative" : "\(others.count) other alternatives"
        let examples = others.map { SchemaFinding.Candidate.exampleOf(group.branches[$0]) }
        if wrapsOld {
            result.findings.append(SchemaFinding(
                rule: request ? .requestBranchAdded : .responseBranchAdded,
                message: "\(keyword) added with the old schema and \(count)", old: o.anchor,
                new: group.pointer.appending(first), candidates: request ? [] : examples))
        } else {
            result.findings.append(SchemaFinding(
                rule: request ? .requestBranchRemoved : .responseBranchRemoved,
                message: "\(keyword) replaced by one of its branches, without \(count)", old: group.pointer.appending(first),
                new: n.anchor, candidates: request ? examples : []))
        }
        return true
    }

    /// OpenAPI's `discriminator`: added, removed, its property renamed or its mapping changed.
    /// A request body is refused when the discriminator starts or stops being read, or a value
    /// it mapped is gone; a response surprises the client with a value it cannot map.
    private mutating func compareDiscriminators() {
        let before = o.discriminator
        let after = n.discriminator
        guard before != after else { return }
        var message: String
        var narrows = false
        var widens = false
        var values: [String] = []
        switch (before, after) {
        case let (nil, after?):
            message = "discriminator '\(after.propertyName)' added"
            narrows = true
        case let (before?, nil):
            message = "discriminator '\(before.propertyName)' removed"
            widens = true
        case let (before?, after?) where before.propertyName != after.propertyName:
            message = "discriminator property changed from '\(before.propertyName)' to '\(after.propertyName)'"
            (narrows, widens) = (true, true)
        case let (before?, after?):
            let removed = before.mapping.keys.filter { after.mapping[$0] != before.mapping[$0] }.sorted()
            let added = after.mapping.keys.filter { before.mapping[$0] != after.mapping[$0] }.sorted()
            var parts: [String] = []
            if !removed.isEmpty { parts.append("\(Self.quoted(removed)) removed") }
            if !added.isEmpty { parts.append("\(Self.quoted(added)) added") }
            message = "discriminator '\(after.propertyName)' mapping " + parts.joined(separator: ", ")
            (narrows, widens) = (!removed.isEmpty, !added.isEmpty)
            values = request ? removed : added
        default:
            return
        }
        // The base side's branches, each with the values its discriminator reads: the mapping's
        // keys (the removed or added ones first) and the branch's component name.
        let base = request ? before : after
        let normalizer = request ? oldNormalizer : newNormalizer
        let branches = (request ? o : n).alternatives.flatMap(\.branches)
        var candidates: [SchemaFinding.Candidate] = []
        if let base {
            for branch in branches {
                let name = normalizer.keysByID[branch].pointers.first?.pointer.tokens.last
                for value in values + base.mapping.keys.sorted() + (name.map { [$0] } ?? []) {
                    candidates.append(.exampleOfSetting(branch, name: base.propertyName, value: .string(value)))
                }
            }
        }
        candidates += branches.map { .exampleOf($0) } + [.example(type: nil, length: nil)]
        let rule: DriftRule
        switch (request, narrows, widens) {
        case (true, true, _): rule = .requestDiscriminatorNarrowed
        case (true, false, _): rule = .requestDiscriminatorWidened
        case (false, _, true): rule = .responseDiscriminatorWidened
        case (false, _, false): rule = .responseDiscriminatorNarrowed
        }
        add(rule, message, keyword: "discriminator", candidates: rule.severity == .breaking ? candidates : [])
    }

    private static func quoted(_ values: [String]) -> String {
        (values.count == 1 ? "value " : "values ") + values.map { "\"\($0)\"" }.joined(separator: ", ")
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
