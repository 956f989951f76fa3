extension SourceMap {
    /// The map of `tree`, a document converted from the one this map describes (Swagger 2.0
    /// to OpenAPI 3, a docs page to OpenAPI), pointing every node at an original position.
    ///
    /// `origins` names, for each node the conversion built, moved or renamed, the pointer of
    /// the original node it stands for; every other node stands for its parent's origin's
    /// member of the same name, or, where the original has no such member, for the nearest
    /// original ancestor. The walk follows both trees side by side, so it costs about what
    /// loading the tree did.
    public func converted(_ tree: JSONValue, origins: [JSONPointer: JSONPointer]) -> SourceMap {
        var map = SourceMap(file: file)
        guard root >= 0 else {
            // A map made through the setters has no tree to walk; look every node up instead.
            map.copyByPointers(tree, origins: origins, from: self)
            return map
        }
        map.columnShifts = columnShifts
        var prefixes = Set<JSONPointer>()
        for pointer in origins.keys {
            var current = pointer
            while prefixes.insert(current).inserted, !current.tokens.isEmpty { current = current.parent }
        }
        var walk = ConversionWalk(original: self, origins: origins, prefixes: prefixes, map: map)
        let start = origins[.root].map { walk.origin(at: $0) } ?? Origin(node: root, exact: true, key: nil)
        map.root = walk.add(tree, origin: start, pointer: prefixes.contains(.root) ? .root : nil)
        map.nodes = walk.map.nodes
        map.edges = walk.map.edges
        return map
    }

    /// Where a node of a conversion comes from: an original node (the nearest one when the
    /// original lacks the exact node) and the position of its key.
    struct Origin {
        var node: Int32
        /// False once the walk left the original tree; descendants then share `node`.
        var exact: Bool
        var key: Position?
    }

    /// The slow path for hand-made maps: each node's origin pointer looked up in `original`.
    private mutating func copyByPointers(_ tree: JSONValue, origins: [JSONPointer: JSONPointer], from original: SourceMap) {
        func walk(_ value: JSONValue, new: JSONPointer, old: JSONPointer) {
            if let location = original.location(of: old) {
                setValueLocation(line: location.line, column: location.column, for: new)
            }
            let children: [(String, JSONValue)]
            switch value {
            case .object(let object): children = object.members.map { ($0.key, $0.value) }
            case .array(let elements): children = elements.enumerated().map { (String($0), $1) }
            default: children = []
            }
            for (token, child) in children {
                let pointer = new.appending(token)
                let origin = origins[pointer] ?? old.appending(token)
                if let location = original.keyLocation(of: origin) {
                    setKeyLocation(line: location.line, column: location.column, for: pointer)
                }
                walk(child, new: pointer, old: origin)
            }
        }
        walk(tree, new: .root, old: origins[.root] ?? .root)
    }
}

/// The side-by-side walk of a converted tree and its original's positions.
private struct ConversionWalk {
    let original: SourceMap
    let origins: [JSONPointer: JSONPointer]
    /// Every pointer that has an origin recorded at or below it; elsewhere no pointer is built.
    let prefixes: Set<JSONPointer>
    var map: SourceMap
    /// Member indexes of large original objects, built on first use.
    private var memberIndexes: [Int32: [String: Int]] = [:]

    init(original: SourceMap, origins: [JSONPointer: JSONPointer], prefixes: Set<JSONPointer>, map: SourceMap) {
        self.original = original
        self.origins = origins
        self.prefixes = prefixes
        self.map = map
    }

    /// The original node at `pointer`, or the deepest one on its way.
    mutating func origin(at pointer: JSONPointer) -> SourceMap.Origin {
        var current = SourceMap.Origin(node: original.root, exact: true, key: nil)
        for token in pointer.tokens {
            guard let next = child(of: current.node, token: token, hint: nil) else {
                return SourceMap.Origin(node: current.node, exact: false, key: nil)
            }
            current = next
        }
        return current
    }

    /// The child `token` of original node `node`; `hint` is the index to try first (members
    /// mostly keep their order through a conversion).
    mutating func child(of node: Int32, token: String, hint: Int?) -> SourceMap.Origin? {
        let parent = original.nodes[Int(node)]
        let range = Int(parent.firstEdge)..<Int(parent.firstEdge + parent.edgeCount)
        let index: Int?
        if !parent.isObject {
            index = JSONPointer.arrayIndex(token).flatMap { $0 < range.count ? range.lowerBound + $0 : nil }
        } else if let hint, hint < range.count, original.edges[range.lowerBound + hint].key == token {
            index = range.lowerBound + hint
        } else if range.count > 8 {
            if memberIndexes[node] == nil {
                var members: [String: Int] = [:]
                for edge in range { members[original.edges[edge].key] = edge }
                memberIndexes[node] = members
            }
            index = memberIndexes[node]![token]
        } else {
            index = range.first { original.edges[$0].key == token }
        }
        guard let index else { return nil }
        let edge = original.edges[index]
        return SourceMap.Origin(
            node: edge.node, exact: true,
            key: parent.isObject ? SourceMap.Position(line: edge.keyLine, column: edge.keyColumn) : nil)
    }

    /// Adds `value` (at `pointer` when it is on the way to a recorded origin) and returns its index.
    mutating func add(_ value: JSONValue, origin: SourceMap.Origin, pointer: JSONPointer?) -> Int32 {
        let source = original.nodes[Int(origin.node)]
        let index = map.nodes.count
        let children: [(String, JSONValue)]
        switch value {
        case .object(let object): children = object.members.map { ($0.key, $0.value) }
        case .array(let elements): children = elements.enumerated().map { (String($0), $1) }
        default: children = []
        }
        var isObject = false
        if case .object = value { isObject = true }
        map.nodes.append(SourceMap.Node(
            line: source.line, column: source.column, firstEdge: Int32(map.edges.count),
            edgeCount: Int32(children.count), isObject: isObject))
        let firstEdge = map.edges.count
        // Reserve the edges first: a node's edges must be contiguous.
        map.edges.append(contentsOf: repeatElement(
            SourceMap.Edge(node: 0, keyLine: 0, keyColumn: 0, key: ""), count: children.count))
        for (offset, (token, member)) in children.enumerated() {
            let childPointer = pointer.map { $0.appending(token) }.flatMap { prefixes.contains($0) ? $0 : nil }
            let childOrigin: SourceMap.Origin
            if let childPointer, let explicit = origins[childPointer] {
                childOrigin = self.origin(at: explicit)
            } else if origin.exact, let found = self.child(of: origin.node, token: token, hint: offset) {
                childOrigin = found
            } else {
                childOrigin = SourceMap.Origin(node: origin.node, exact: false, key: nil)
            }
            let childIndex = add(member, origin: childOrigin, pointer: childPointer)
            let childSource = original.nodes[Int(childOrigin.node)]
            let key = childOrigin.key ?? SourceMap.Position(line: childSource.line, column: childSource.column)
            map.edges[firstEdge + offset] = SourceMap.Edge(
                node: childIndex, keyLine: key.line, keyColumn: key.column, key: isObject ? token : "")
        }
        return Int32(index)
    }
}
