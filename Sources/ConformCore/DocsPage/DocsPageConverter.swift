/// Turns docs-site operation pages into one OpenAPI 3.1 document.
///
/// Pages say `schemaArray` (one schema, or alternatives: `oneOf`), `requiredProperties` for
/// `required`, `refIdentifier` for the component a schema came from (the schema is put back
/// there and referenced), `type: any` for the empty schema, and `_mintlify/placeholder` for
/// a response whose body the source document did not describe: such a response gets no
/// `content`, which constrains the body exactly as little as the source did.
public struct DocsPageConverter {
    /// The version every converted document declares.
    public static let openAPIVersion = "3.1.0"
    /// The media type pages use for an undescribed body.
    static let placeholder = "_mintlify/placeholder"

    /// Notes and conflicts found while converting.
    public private(set) var diagnostics: [Diagnostic] = []
    var origins = OriginMap()
    var page: DocsPage?
    private var servers: JSONValue?
    private var pagesAdded = 0
    private var paths = JSONObject()
    var components: [String: JSONObject] = [:]
    private var componentOrder: [String] = []

    /// An empty converter; pages come in through ``add(_:)``.
    public init() {}

    /// Converts one page into a document whose positions point into the page.
    public static func convert(_ page: DocsPage, title: String? = nil, version: String = "0.0.0")
        -> (document: LoadedDocument, diagnostics: [Diagnostic])
    {
        var converter = DocsPageConverter()
        converter.add(page)
        let root = converter.document(title: title ?? page.title ?? "", version: version)
        let map = converter.origins.sourceMap(for: root, from: page.document.sourceMap)
        return (LoadedDocument(root: root, sourceMap: map, warnings: page.document.warnings), converter.diagnostics)
    }

    /// The document built from every page added so far.
    public func document(title: String, version: String) -> JSONValue {
        var root = JSONObject()
        root["openapi"] = .string(DocsPageConverter.openAPIVersion)
        root["info"] = ["title": .string(title), "version": .string(version)]
        if let servers { root["servers"] = servers }
        root["paths"] = .object(paths)
        var sections = JSONObject()
        for name in componentOrder { sections[name] = .object(components[name]!) }
        if !sections.isEmpty { root["components"] = .object(sections) }
        return .object(root)
    }

    /// Adds the operation and components of `page`.
    public mutating func add(_ page: DocsPage) {
        self.page = page
        pagesAdded += 1
        let root = page.document.root
        let source = JSONPointer.root.appending("paths")
        report(.note, "converted from a docs-site operation page to OpenAPI \(DocsPageConverter.openAPIVersion); positions refer to the page",
            code: "spec.converted", at: source, key: true)
        for (section, members) in root["components"]?.objectValue ?? JSONObject() {
            for (name, member) in members.objectValue ?? JSONObject() {
                let source = JSONPointer.root.appending("components").appending(section).appending(name)
                addComponent(member, section: section, name: name, source: source)
            }
        }
        guard let operation = root["paths"]?.objectValue, let path = operation["path"]?.stringValue,
            let method = operation["method"]?.stringValue?.lowercased()
        else { return }
        let target = JSONPointer.root.appending("paths").appending(path).appending(method)
        record(target.parent, from: source)
        var item = paths[path]?.objectValue ?? JSONObject()
        if item[method] != nil {
            report(.warning, "\(method.uppercased()) \(path) is on more than one page; the later page is ignored",
                code: "docs-page.conflict", at: source)
            return
        }
        item[method] = self.operation(operation, old: source, new: target)
        paths[path] = .object(item)
    }

    /// Puts a component (written at `source` in the page) under `section`, reporting a
    /// different one of the same name.
    mutating func addComponent(_ value: JSONValue, section: String, name: String, source: JSONPointer) {
        if components[section] == nil {
            components[section] = JSONObject()
            componentOrder.append(section)
        }
        if let existing = components[section]![name] {
            if existing != value {
                report(.warning, "component '\(section)/\(name)' differs between pages; the first is kept",
                    code: "docs-page.conflict", at: source)
            }
            return
        }
        record(JSONPointer.root.appending("components").appending(section).appending(name), from: source)
        components[section]![name] = value
    }

    mutating func record(_ new: JSONPointer, from old: JSONPointer) {
        origins.record(new, from: old)
    }

    mutating func report(_ severity: Diagnostic.Severity, _ message: String, code: String, at pointer: JSONPointer,
        key: Bool = false)
    {
        guard let map = page?.document.sourceMap else { return }
        diagnostics.append(Diagnostic(
            severity, message, code: code, at: key ? map.keyLocation(of: pointer) : map.location(of: pointer)))
    }

    /// The first page's servers become the document's; a page with other servers keeps them
    /// on its operation.
    mutating func operationServers(_ value: JSONValue, old: JSONPointer, new: JSONPointer) -> JSONValue? {
        if pagesAdded == 1 {
            servers = value
            record(JSONPointer.root.appending("servers"), from: old)
            return nil
        }
        if servers == value { return nil }
        record(new, from: old)
        return value
    }
}
