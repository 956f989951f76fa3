/// Turns the node events of one YAML document into a ``JSONValue`` and its ``SourceMap``.
///
/// Iterative, with an explicit stack of open collections, so nesting depth is bounded by
/// ``LoadOptions/maxDepth`` rather than by the thread's stack.
struct TreeBuilder {
    let options: LoadOptions
    /// False for JSON input: JSON's bare tokens are unambiguous, and no YAML 1.1 tool reads it.
    let warnsAboutYAML11: Bool
    /// The positions, filled as nodes complete.
    var map: SourceMap
    var warnings: [Diagnostic] = []
    /// The finished root, once its last event has been handled.
    private(set) var root: JSONValue?
    /// True when the document's root is an empty plain scalar (`---` and nothing else).
    private(set) var rootIsEmpty = false

    /// An open sequence or mapping.
    struct Frame {
        var isMapping: Bool
        var node: Int32
        var anchor: String?
        /// Index of this collection's first entry in the child stacks.
        var firstChild: Int
        /// Nodes below this one, aliases counted at their expanded size.
        var size: Int
        /// A mapping's key that still waits for its value.
        var key: PendingKey?
    }

    struct PendingKey {
        var text: String
        var line: UInt32
        var column: UInt32
        var isMerge: Bool
    }

    /// What an alias repeats.
    struct Anchor {
        var value: JSONValue
        var node: Int32
        var size: Int
        /// The source text, when the anchored node is a scalar (an alias may then be a key).
        var scalarText: String?
    }

    private var frames: [Frame] = []
    /// Finished children of open collections, as two parallel stacks: values, and the edges
    /// (key and key position) that will link them into the position tree. Parallel arrays
    /// of plain values keep the hot loop free of large struct copies.
    private var childValues: [JSONValue] = []
    private var childEdges: [SourceMap.Edge] = []
    /// Indices into the child stacks of `<<` members, which are merged, not stored.
    private var mergeChildren: [Int] = []
    private var anchors: [String: Anchor] = [:]
    /// Nodes copied by aliases so far, checked against ``LoadOptions/maxAliasExpansion``.
    var expandedNodes = 0

    init(file: String, options: LoadOptions, warnsAboutYAML11: Bool, columnShifts: ColumnShifts) {
        self.options = options
        self.warnsAboutYAML11 = warnsAboutYAML11
        map = SourceMap(file: file)
        map.columnShifts = columnShifts
        frames.reserveCapacity(64)
        childValues.reserveCapacity(1024)
        childEdges.reserveCapacity(1024)
    }

    /// Handles one node event (scalar, alias, collection start or end).
    mutating func handle(_ event: YAMLEvent) throws(LoadError) {
        switch event.kind {
        case .scalar:
            if expectsKey {
                setKey(event.value, event, isMerge: event.style == .plain && event.tag == .none && event.value == "<<")
                return
            }
            let value = try scalarValue(event)
            if frames.isEmpty, event.style == .plain, event.tag == .none, event.value.isEmpty { rootIsEmpty = true }
            let node = appendNode(event, isObject: false)
            add(value, node: node, size: 1, anchor: event.anchor, scalarText: event.value)
        case .alias:
            try alias(event)
        case .sequenceStart, .mappingStart:
            if expectsKey {
                throw LoadError([
                    LoadDiagnostics.complexKey(
                        isMapping: event.kind == .mappingStart, at: location(event))
                ])
            }
            guard frames.count < options.maxDepth else {
                throw LoadError([LoadDiagnostics.tooDeep(options.maxDepth, at: location(event))])
            }
            let isMapping = event.kind == .mappingStart
            let node = appendNode(event, isObject: isMapping)
            frames.append(
                Frame(isMapping: isMapping, node: node, anchor: event.anchor, firstChild: childValues.count, size: 0))
        case .sequenceEnd:
            let frame = frames.removeLast()
            let elements = Array(childValues[frame.firstChild...])
            let firstEdge = map.edges.count
            map.edges.append(contentsOf: childEdges[frame.firstChild...])
            popChildren(from: frame.firstChild)
            setEdges(of: frame.node, from: firstEdge)
            add(.array(elements), node: frame.node, size: frame.size + 1, anchor: frame.anchor, scalarText: nil)
        case .mappingEnd:
            let frame = frames.removeLast()
            let object = try mapping(frame)
            popChildren(from: frame.firstChild)
            add(.object(object), node: frame.node, size: frame.size + 1, anchor: frame.anchor, scalarText: nil)
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            break
        }
    }

    // MARK: - Nodes

    private var expectsKey: Bool {
        guard let top = frames.last else { return false }
        return top.isMapping && top.key == nil
    }

    private mutating func setKey(_ text: String, _ event: YAMLEvent, isMerge: Bool) {
        frames[frames.count - 1].key = PendingKey(
            text: text, line: UInt32(event.line + 1), column: UInt32(event.column + 1), isMerge: isMerge)
    }

    private mutating func appendNode(_ event: YAMLEvent, isObject: Bool) -> Int32 {
        map.nodes.append(
            SourceMap.Node(
                line: UInt32(event.line + 1), column: UInt32(event.column + 1), firstEdge: 0, edgeCount: 0,
                isObject: isObject))
        return Int32(map.nodes.count - 1)
    }

    private mutating func popChildren(from start: Int) {
        childValues.removeSubrange(start...)
        childEdges.removeSubrange(start...)
        while let last = mergeChildren.last, last >= start { mergeChildren.removeLast() }
    }

    private mutating func setEdges(of node: Int32, from firstEdge: Int) {
        map.nodes[Int(node)].firstEdge = Int32(firstEdge)
        map.nodes[Int(node)].edgeCount = Int32(map.edges.count - firstEdge)
    }

    /// Hands a finished node to its parent, or makes it the root.
    private mutating func add(_ value: JSONValue, node: Int32, size: Int, anchor: String?, scalarText: String?) {
        if let anchor {
            anchors[anchor] = Anchor(value: value, node: node, size: size, scalarText: scalarText)
        }
        guard !frames.isEmpty else {
            root = value
            map.root = node
            return
        }
        let top = frames.count - 1
        frames[top].size += size
        if frames[top].isMapping, let key = frames[top].key {
            frames[top].key = nil
            if key.isMerge { mergeChildren.append(childValues.count) }
            childEdges.append(SourceMap.Edge(node: node, keyLine: key.line, keyColumn: key.column, key: key.text))
        } else {
            childEdges.append(SourceMap.Edge(node: node, keyLine: 0, keyColumn: 0, key: ""))
        }
        childValues.append(value)
    }

    private mutating func scalarValue(_ event: YAMLEvent) throws(LoadError) -> JSONValue {
        switch event.tag {
        case .none, .other:
            // Unknown tags (`!custom`, `!!binary`) carry no meaning for a spec: typed as if untagged.
            guard event.style == .plain else { return .string(event.value) }
            let value = ScalarResolver.plain(event.value)
            if warnsAboutYAML11, event.tag == .none, let message = YAML11Typing.warning(for: event.value, value: value) {
                warnings.append(Diagnostic(.warning, message, code: "yaml.yaml11-typing", at: location(event)))
            }
            return value
        case .nonSpecific:
            return .string(event.value)
        case .str, .int, .float, .bool, .null:
            guard let value = ScalarResolver.tagged(event.value, tag: event.tag) else {
                throw LoadError([LoadDiagnostics.badTaggedValue(event.value, tag: event.tag, at: location(event))])
            }
            return value
        }
    }

    // MARK: - Mappings

    /// Builds a finished mapping's object: explicit members in document order, then merged
    /// ones that no explicit or earlier merged member already defines.
    private mutating func mapping(_ frame: Frame) throws(LoadError) -> JSONObject {
        let start = frame.firstChild
        let end = childValues.count
        var object = JSONObject()
        object.reserveCapacity(end - start)
        let firstEdge = map.edges.count
        let merges = mergeChildren.drop(while: { $0 < start })
        for index in start..<end where merges.isEmpty || !merges.contains(index) {
            let edge = childEdges[index]
            guard object.appendIfAbsent(edge.key, childValues[index]) else {
                let first = (start..<index).first { childEdges[$0].key == edge.key && !merges.contains($0) }!
                throw LoadError([
                    LoadDiagnostics.duplicateKey(
                        edge.key, at: location(line: edge.keyLine, column: edge.keyColumn),
                        first: location(line: childEdges[first].keyLine, column: childEdges[first].keyColumn))
                ])
            }
            map.edges.append(edge)
        }
        for index in merges {
            try merge(childValues[index], node: childEdges[index].node, into: &object)
        }
        setEdges(of: frame.node, from: firstEdge)
        return object
    }

    /// Copies the members of a `<<` value (a mapping or a sequence of mappings) that are not yet defined.
    private mutating func merge(_ value: JSONValue, node: Int32, into object: inout JSONObject) throws(LoadError) {
        var sources: [(object: JSONObject, node: Int32)] = []
        switch value {
        case .object(let source):
            sources.append((source, node))
        case .array(let elements):
            let sequence = map.nodes[Int(node)]
            for (index, element) in elements.enumerated() {
                let elementNode = map.edges[Int(sequence.firstEdge) + index].node
                guard case .object(let source) = element else {
                    throw LoadError([LoadDiagnostics.badMerge(element, at: nodeLocation(elementNode))])
                }
                sources.append((source, elementNode))
            }
        default:
            throw LoadError([LoadDiagnostics.badMerge(value, at: nodeLocation(node))])
        }
        for (source, node) in sources {
            let sourceNode = map.nodes[Int(node)]
            for index in Int(sourceNode.firstEdge)..<Int(sourceNode.firstEdge + sourceNode.edgeCount) {
                let edge = map.edges[index]
                if object.appendIfAbsent(edge.key, source[edge.key]!) { map.edges.append(edge) }
            }
        }
    }

    // MARK: - Aliases

    /// An alias repeats its anchor's value (shared, copy-on-write) and positions (shared
    /// edges); its cost is the anchor's expanded size, counted against the budget so that
    /// nested aliases (a "billion laughs") stop with an error instead of exhausting memory.
    private mutating func alias(_ event: YAMLEvent) throws(LoadError) {
        let name = event.anchor ?? ""
        guard let anchor = anchors[name] else {
            let isOpen = frames.contains { $0.anchor == name }
            throw LoadError([LoadDiagnostics.undefinedAlias(name, recursive: isOpen, at: location(event))])
        }
        if expectsKey {
            guard let text = anchor.scalarText else {
                throw LoadError([
                    LoadDiagnostics.complexKey(isMapping: anchor.value.objectValue != nil, at: location(event))
                ])
            }
            setKey(text, event, isMerge: false)
            return
        }
        expandedNodes += anchor.size
        guard expandedNodes <= options.maxAliasExpansion else {
            throw LoadError([LoadDiagnostics.aliasBudget(name, limit: options.maxAliasExpansion, at: location(event))])
        }
        var copy = map.nodes[Int(anchor.node)]
        copy.line = UInt32(event.line + 1)
        copy.column = UInt32(event.column + 1)
        map.nodes.append(copy)
        add(anchor.value, node: Int32(map.nodes.count - 1), size: anchor.size, anchor: nil, scalarText: anchor.scalarText)
    }

    // MARK: - Locations

    /// The 1-based location of an event, in the original text.
    func location(_ event: YAMLEvent) -> SourceLocation {
        location(line: UInt32(event.line + 1), column: UInt32(event.column + 1))
    }

    func location(line: UInt32, column: UInt32) -> SourceLocation {
        let line = Int(line)
        return SourceLocation(
            file: map.file, line: line, column: map.columnShifts.originalColumn(line: line, column: Int(column)))
    }

    private func nodeLocation(_ node: Int32) -> SourceLocation {
        location(line: map.nodes[Int(node)].line, column: map.nodes[Int(node)].column)
    }
}
