import Foundation

/// A docs-site API reference page (Markdown or text) whose fenced ```yaml block describes one
/// operation: `paths: {path, method, servers, request, response, ...}` plus `components`.
public struct DocsPage: Sendable {
    /// The YAML block, loaded with positions in the page file itself.
    public var document: LoadedDocument
    /// The page's first `# ` heading, used as the operation's summary.
    public var title: String?
    /// The `> ` line that follows the heading, used as the operation's description.
    public var description: String?

    /// File name extensions a page may have.
    static let extensions: Set<String> = ["md", "mdx", "markdown", "txt"]

    /// Reads the page at `location` through `source`; nil when it is not a docs page (wrong
    /// extension, no YAML block, or a block that does not describe an operation).
    public static func read(_ location: String, from source: some DocumentSource, options: LoadOptions = LoadOptions())
        throws(LoadError) -> DocsPage?
    {
        guard extensions.contains((location as NSString).pathExtension.lowercased()) else { return nil }
        let bytes = try source.bytes(at: location)
        return try DocsPage(text: String(decoding: bytes, as: UTF8.self), file: location, options: options)
    }

    /// Reads a page from its text; nil when it is not a docs page.
    public init?(text: String, file: String, options: LoadOptions = LoadOptions()) throws(LoadError) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let block = DocsPage.yamlBlock(lines) else { return nil }
        // Lines outside the block become empty, so the loader's lines and columns are the page's.
        let yaml = lines.indices.map { block.contains($0) ? String(lines[$0]) : "" }.joined(separator: "\n")
        let document = try DocumentLoader.load(bytes: Array(yaml.utf8), file: file, options: options)
        guard DocsPage.isOperation(document.root) else { return nil }
        self.document = document
        let heading = lines.firstIndex { $0.hasPrefix("# ") }
        title = heading.map { lines[$0].dropFirst(2).trimmingCharacters(in: .whitespaces) }
        description = heading.flatMap { index in
            lines[(index + 1)...].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .flatMap { $0.hasPrefix("> ") ? $0.dropFirst(2).trimmingCharacters(in: .whitespaces) : nil }
        }
    }

    /// True for a tree shaped like a page's block: `paths` holding `path` and `method`.
    static func isOperation(_ root: JSONValue) -> Bool {
        root["paths"]?["path"]?.stringValue != nil && root["paths"]?["method"]?.stringValue != nil
    }

    /// The content lines of the first fenced ```yaml block that has a top-level `paths:`.
    private static func yamlBlock(_ lines: [Substring]) -> Range<Int>? {
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let fence = line.prefix { $0 == "`" }
            let info = line.dropFirst(fence.count).trimmingCharacters(in: .whitespaces)
            index += 1
            guard fence.count >= 3, info.hasPrefix("yaml") || info.hasPrefix("yml") else { continue }
            let start = index
            while index < lines.count {
                let closing = lines[index].trimmingCharacters(in: .whitespaces)
                if closing.count >= fence.count, closing.allSatisfy({ $0 == "`" }) { break }
                index += 1
            }
            if lines[start..<index].contains(where: { $0.hasPrefix("paths:") }) { return start..<index }
            index += 1
        }
        return nil
    }
}
