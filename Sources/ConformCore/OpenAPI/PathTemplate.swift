import Foundation

/// A path template (`/sessions/{id}.json`), or a server URL with `{variable}`s, split once
/// into literal text and `{name}` parameters: every reader of templates (the generator, the
/// runner, lint, drift) reads them through this.
public struct PathTemplate: Sendable, Equatable {
    /// A run of literal text or one `{name}`.
    public enum Piece: Sendable, Equatable {
        case text(String)
        case parameter(String)
    }

    public let pieces: [Piece]

    public init(_ template: String) {
        var pieces: [Piece] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(.parameter(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// The parameters' names, in order.
    public var parameters: [String] {
        pieces.compactMap { piece in
            guard case .parameter(let name) = piece else { return nil }
            return name
        }
    }

    /// The template with parameter names erased: `/a/{id}` and `/a/{session_id}` both read
    /// `/a/{}`, the same path on the wire.
    public var shape: String { render { _ in "{}" } }

    /// The template with each parameter replaced by its value (already encoded); a parameter
    /// without a value keeps its `{name}`.
    public func render(_ values: [String: String]) -> String {
        render { values[$0] ?? "{\($0)}" }
    }

    private func render(_ value: (String) -> String) -> String {
        var path = ""
        for piece in pieces {
            switch piece {
            case .text(let text): path += text
            case .parameter(let name): path += value(name)
            }
        }
        return path
    }

    /// The encoded value of each parameter in the encoded `path`, each one non-empty
    /// segment part (`/sessions/7.json` under `/sessions/{id}.json` gives `id` 7); nil when
    /// `path` does not match.
    public func values(in path: String) -> [String: String]? {
        var pattern = "^"
        for piece in pieces {
            switch piece {
            case .text(let text): pattern += NSRegularExpression.escapedPattern(for: text)
            case .parameter: pattern += "([^/]+)"
            }
        }
        pattern += "$"
        guard let expression = try? NSRegularExpression(pattern: pattern),
            let match = expression.firstMatch(in: path, range: NSRange(path.startIndex..., in: path))
        else { return nil }
        var values: [String: String] = [:]
        for (index, name) in parameters.enumerated() {
            guard let range = Range(match.range(at: index + 1), in: path) else { return nil }
            values[name] = String(path[range])
        }
        return values
    }
}
