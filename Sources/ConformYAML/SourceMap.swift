/// Where each node of a loaded document stands in its file.
///
/// Queried by JSON Pointer: the position of a node's value, and for object members the
/// position of the key as well (diagnostics about a property point at its name).
///
/// The loader fills a position tree parallel to the value tree instead of a dictionary keyed
/// by pointers: building a pointer (an array of strings) per node costs more than loading the
/// node itself. An alias shares the positions of the node it repeats, so a repeated subtree
/// costs one record, and its members point at the anchored original.
public struct SourceMap: Sendable {
    /// The file the positions refer to.
    public let file: String

    /// One node: its position and, for collections, its run of edges in `edges`.
    struct Node: Sendable {
        var line: UInt32
        var column: UInt32
        var firstEdge: Int32
        var edgeCount: Int32
        var isObject: Bool
    }

    /// A parent-to-child link; for objects it carries the member's name and key position.
    struct Edge: Sendable {
        var node: Int32
        var keyLine: UInt32
        var keyColumn: UInt32
        var key: String
    }

    /// A compact line and column pair.
    struct Position: Sendable {
        var line: UInt32
        var column: UInt32
    }

    var nodes: [Node] = []
    var edges: [Edge] = []
    /// The root node's index, -1 when the map holds no tree.
    var root: Int32 = -1
    /// Columns that a JSON compatibility rewrite shifted (see ``JSONCompatibility``).
    var columnShifts = ColumnShifts()

    /// Positions recorded by hand through the setters; they win over the tree.
    private var values: [JSONPointer: Position] = [:]
    private var keys: [JSONPointer: Position] = [:]

    /// An empty map for `file`.
    public init(file: String) {
        self.file = file
    }

    /// Records the position of the value at `pointer`.
    public mutating func setValueLocation(line: Int, column: Int, for pointer: JSONPointer) {
        values[pointer] = Position(line: UInt32(line), column: UInt32(column))
    }

    /// Records the position of the key of the member at `pointer`.
    public mutating func setKeyLocation(line: Int, column: Int, for pointer: JSONPointer) {
        keys[pointer] = Position(line: UInt32(line), column: UInt32(column))
    }

    /// The position of the value at `pointer`, or of its nearest ancestor that has one.
    public func location(of pointer: JSONPointer) -> SourceLocation? {
        let found = resolve(pointer)
        var current = pointer
        while true {
            if let position = values[current] { return location(position, shifted: false) }
            if current.tokens.count <= found.depth, let node = found.node {
                return location(Position(line: nodes[Int(node)].line, column: nodes[Int(node)].column), shifted: true)
            }
            if current.tokens.isEmpty { return nil }
            current = current.parent
        }
    }

    /// The position of the key of member `pointer`, falling back to its value's position.
    public func keyLocation(of pointer: JSONPointer) -> SourceLocation? {
        if let position = keys[pointer] { return location(position, shifted: false) }
        let found = resolve(pointer)
        if found.depth == pointer.tokens.count, let edge = found.edge, found.parentIsObject {
            return location(Position(line: edges[Int(edge)].keyLine, column: edges[Int(edge)].keyColumn), shifted: true)
        }
        return location(of: pointer)
    }

    /// Walks the tree as far as `pointer` leads: the deepest node reached, its depth, and the
    /// edge that led to it.
    private func resolve(_ pointer: JSONPointer) -> (node: Int32?, depth: Int, edge: Int32?, parentIsObject: Bool) {
        guard root >= 0 else { return (nil, 0, nil, false) }
        var node = root
        var lastEdge: Int32?
        var parentIsObject = false
        for (depth, token) in pointer.tokens.enumerated() {
            let current = nodes[Int(node)]
            guard current.edgeCount > 0 else { return (node, depth, lastEdge, parentIsObject) }
            let range = Int(current.firstEdge)..<Int(current.firstEdge + current.edgeCount)
            let next: Int?
            if current.isObject {
                next = range.first { edges[$0].key == token }
            } else {
                next = JSONPointer.arrayIndex(token).flatMap { $0 < range.count ? range.lowerBound + $0 : nil }
            }
            guard let next else { return (node, depth, lastEdge, parentIsObject) }
            lastEdge = Int32(next)
            parentIsObject = current.isObject
            node = edges[next].node
        }
        return (node, pointer.tokens.count, lastEdge, parentIsObject)
    }

    /// Tree positions were read from the possibly rewritten input; hand-set ones were not.
    private func location(_ position: Position, shifted: Bool) -> SourceLocation {
        let line = Int(position.line)
        let column = shifted ? columnShifts.originalColumn(line: line, column: Int(position.column)) : Int(position.column)
        return SourceLocation(file: file, line: line, column: column)
    }
}
