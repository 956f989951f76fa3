/// Where each node of a converted tree came from in the file it was converted from.
///
/// A conversion records an origin only for the nodes it builds, moves or renames; every other
/// node inherits its parent's origin extended by its own key. So a subtree copied verbatim
/// needs one entry, and positions of converted nodes still name the original file's lines.
struct OriginMap {
    private var origins: [JSONPointer: JSONPointer] = [:]

    /// Records that the node at `new` in the converted tree stands for `old` in the original.
    mutating func record(_ new: JSONPointer, from old: JSONPointer) {
        origins[new] = old
    }

    /// A source map of `tree` whose every node points at its origin's position in `original`.
    func sourceMap(for tree: JSONValue, from original: SourceMap) -> SourceMap {
        var map = SourceMap(file: original.file)
        func walk(_ value: JSONValue, new: JSONPointer, old: JSONPointer) {
            if let location = original.location(of: old) {
                map.setValueLocation(line: location.line, column: location.column, for: new)
            }
            switch value {
            case .object(let object):
                for (key, member) in object {
                    let child = new.appending(key)
                    let origin = origins[child] ?? old.appending(key)
                    if let location = original.keyLocation(of: origin) {
                        map.setKeyLocation(line: location.line, column: location.column, for: child)
                    }
                    walk(member, new: child, old: origin)
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    let child = new.appending(index)
                    walk(element, new: child, old: origins[child] ?? old.appending(index))
                }
            default:
                break
            }
        }
        walk(tree, new: .root, old: origins[.root] ?? .root)
        return map
    }
}
