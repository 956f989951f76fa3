import ConformYAML
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every real spec in the shared corpus loads; known defects are asserted, not hidden.
@Suite("Corpus")
struct CorpusTests {
    /// `CONFORM_CORPUS`, or `../shared/corpus` beside the package root (two levels above this file's folder).
    static let root: String? = {
        if let path = getenv("CONFORM_CORPUS").map({ String(cString: $0) }), isDirectory(path) { return path }
        let packageRoot = String(#filePath).split(separator: "/", omittingEmptySubsequences: false).dropLast(3)
            .joined(separator: "/")
        let path = packageRoot + "/../shared/corpus"
        return isDirectory(path) ? path : nil
    }()

    /// Files whose defects are real; each maps to the exact first diagnostic it must produce.
    static let knownDefects: [String: String] = [:]

    static var files: [String] {
        guard let root else { return [] }
        return ["vendor", "apis-guru-sample", "oai-examples", "drift"].flatMap { walk(root + "/" + $0) }.sorted()
    }

    // The corpus lives outside the repository; without it (a bare clone) the test is skipped.
    @Test("every corpus spec loads", .enabled(if: root != nil, "no corpus: set CONFORM_CORPUS or add ../shared/corpus"))
    func corpus() throws {
        let files = Self.files
        #expect(files.count > 100)
        for path in files {
            let relative = String(path.dropFirst(Self.root!.count + 1))
            do {
                let document = try DocumentLoader.load(path: path)
                #expect(Self.knownDefects[relative] == nil, "\(relative) loaded but was expected to fail")
                #expect(document.root.objectValue != nil, "\(relative) has no mapping at its root")
            } catch {
                let expected = Self.knownDefects[relative]
                #expect(expected != nil && error.diagnostics.first?.description == expected,
                    "\(relative): \(error.description)")
            }
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func walk(_ directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var result: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = directory + "/" + name
            if isDirectory(path) {
                result += walk(path)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json") {
                result.append(path)
            }
        }
        return result
    }
}
