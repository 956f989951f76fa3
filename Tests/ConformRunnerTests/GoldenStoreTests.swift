import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// The golden store on disk: paths, missing files, corrupt files.
@Suite("Golden store")
struct GoldenStoreTests {
    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conform-store-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    @Test func stemAndMissingFiles() throws {
        #expect(GoldenStore.stem(of: "specs/stripe-checkout.yaml") == "stripe-checkout")
        let store = GoldenStore(root: try Self.folder([:]))
        #expect(try store.file(at: store.root + "/s/op.json") == nil)
        #expect(try store.rules(spec: "s").pointers.isEmpty)
    }

    @Test func writeThenReadBack() throws {
        let store = GoldenStore(root: try Self.folder([:]))
        let file = GoldenFile(spec: "s", operation: "op", cases: ["c": ["request": [:], "response": ["status": 204]]])
        try GoldenStore.write(file, to: store.root + "/s/op.json")
        #expect(try store.file(at: store.root + "/s/op.json") == file)
        let text = try String(contentsOfFile: store.root + "/s/op.json", encoding: .utf8)
        #expect(text.hasSuffix("}\n"))
    }

    @Test func corruptFileIsAPositionedErrorNotARecording() throws {
        let root = try Self.folder(["s/op.json": "{\n  \"cases\": {\n    \"c\": {\"request\": {}, \"response\": {\"status\": 200}\n  }\n"])
        let store = GoldenStore(root: root)
        #expect(throws: LoadError.self) { try store.file(at: root + "/s/op.json") }
        do {
            _ = try store.file(at: root + "/s/op.json")
        } catch {
            #expect(error.description.hasPrefix("\(root)/s/op.json:5:1: error: "))
            #expect(error.description.contains("[yaml.syntax]"))
        }
    }

    @Test func corruptRulesAreAPositionedError() throws {
        let root = try Self.folder(["s/normalize.yaml": "pointers:\n  - pointer: /id\n"])
        #expect(throws: LoadError.self) { try GoldenStore(root: root).rules(spec: "s") }
        do {
            _ = try GoldenStore(root: root).rules(spec: "s")
        } catch {
            #expect(error.description == "\(root)/s/normalize.yaml:2:5: error: missing 'placeholder' [golden.normalize]")
        }
    }
}
