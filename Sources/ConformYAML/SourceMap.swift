/// Where each node of a loaded document stands in its file.
///
/// Keyed by JSON Pointer: the position of a node's value, and for object members the
/// position of the key as well (diagnostics about a property point at its name).
public struct SourceMap: Sendable {
    /// The file the positions refer to.
    public let file: String
    private var values: [JSONPointer: Position]
    private var keys: [JSONPointer: Position]

    /// A compact line and column pair.
    @usableFromInline
    struct Position: Sendable {
        var line: UInt32
        var column: UInt32
    }

    /// An empty map for `file`.
    public init(file: String) {
        self.file = file
        values = [:]
        keys = [:]
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
        var current = pointer
        while true {
            if let position = values[current] {
                return SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
            }
            if current.tokens.isEmpty { return nil }
            current = current.parent
        }
    }

    /// The position of the key of member `pointer`, falling back to its value's position.
    public func keyLocation(of pointer: JSONPointer) -> SourceLocation? {
        if let position = keys[pointer] {
            return SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
        }
        return location(of: pointer)
    }
}
