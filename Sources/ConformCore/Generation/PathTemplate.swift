/// An operation's path split once into literal text and `{name}` parameters, so that every
/// case's path is joined from pieces rather than searched and replaced.
struct PathTemplate {
    enum Piece: Equatable {
        case text(String)
        case parameter(String)
    }

    let pieces: [Piece]

    init(_ path: String) {
        var pieces: [Piece] = []
        var rest = path[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(.parameter(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// The path with each parameter replaced by its serialized value; a parameter without a
    /// value keeps its `{name}`.
    func render(_ values: [String: String]) -> String {
        var path = ""
        for piece in pieces {
            switch piece {
            case .text(let text): path += text
            case .parameter(let name): path += values[name] ?? "{\(name)}"
            }
        }
        return path
    }
}
