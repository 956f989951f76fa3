/// Where each node of a converted tree came from in the file it was converted from.
///
/// A conversion records an origin only for the nodes it builds, moves or renames; every other
/// node inherits its parent's origin extended by its own key, so a subtree copied verbatim
/// needs one entry, and positions of converted nodes still name the original file's lines.
struct OriginMap {
    private var origins: [JSONPointer: JSONPointer] = [:]

    /// Records that the node at `new` in the converted tree stands for `old` in the original.
    mutating func record(_ new: JSONPointer, from old: JSONPointer) {
        origins[new] = old
    }

    /// A source map of `tree` whose every node points at its origin's position in `original`.
    func sourceMap(for tree: JSONValue, from original: SourceMap) -> SourceMap {
        original.converted(tree, origins: origins)
    }
}
