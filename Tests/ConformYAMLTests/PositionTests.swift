import ConformYAML
import Testing

/// 1-based positions of values and keys, for YAML and for JSON input.
@Suite("Positions")
struct PositionTests {
    static let yaml = """
        openapi: 3.0.0
        paths:
          /pets/{id}:
            get:
              parameters:
                - name: id
                  in: path
                - $ref: '#/components/parameters/Limit'
              responses:
                200:
                  description: ok
        tags: [a, {name: b}]
        """

    @Test("values and keys in YAML", arguments: [
        ("/openapi", "spec.yaml:1:10", "spec.yaml:1:1"),
        ("/paths", "spec.yaml:3:3", "spec.yaml:2:1"),
        ("/paths/~1pets~1{id}", "spec.yaml:4:5", "spec.yaml:3:3"),
        ("/paths/~1pets~1{id}/get/parameters", "spec.yaml:6:9", "spec.yaml:5:7"),
        ("/paths/~1pets~1{id}/get/parameters/0", "spec.yaml:6:11", "spec.yaml:6:11"),
        ("/paths/~1pets~1{id}/get/parameters/0/in", "spec.yaml:7:15", "spec.yaml:7:11"),
        ("/paths/~1pets~1{id}/get/parameters/1/$ref", "spec.yaml:8:17", "spec.yaml:8:11"),
        ("/paths/~1pets~1{id}/get/responses/200/description", "spec.yaml:11:24", "spec.yaml:11:11"),
        ("/tags/0", "spec.yaml:12:8", "spec.yaml:12:8"),
        ("/tags/1/name", "spec.yaml:12:18", "spec.yaml:12:12"),
        ("", "spec.yaml:1:1", "spec.yaml:1:1"),
    ])
    func yamlPositions(pointer: String, value: String, key: String) throws {
        let map = try load(Self.yaml).sourceMap
        let pointer = try #require(JSONPointer(pointer))
        #expect(map.location(of: pointer)?.description == value)
        #expect(map.keyLocation(of: pointer)?.description == key)
    }

    static let json = """
        {
          "openapi": "3.1.0",
          "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
        \t"list": [1, [2, 3], {"x":null}]
        }
        """

    @Test("values and keys in JSON", arguments: [
        ("/openapi", "spec.json:2:14", "spec.json:2:3"),
        ("/paths", "spec.json:3:12", "spec.json:3:3"),
        ("/paths/~1a/get/responses/200/description", "spec.json:3:65", "spec.json:3:50"),
        ("/list", "spec.json:4:10", "spec.json:4:2"),
        ("/list/1/1", "spec.json:4:18", "spec.json:4:18"),
        ("/list/2/x", "spec.json:4:27", "spec.json:4:23"),
    ])
    func jsonPositions(pointer: String, value: String, key: String) throws {
        let map = try load(Self.json, file: "spec.json").sourceMap
        let pointer = try #require(JSONPointer(pointer))
        #expect(map.location(of: pointer)?.description == value)
        #expect(map.keyLocation(of: pointer)?.description == key)
    }

    @Test("a pointer past the tree falls back to its nearest ancestor")
    func fallback() throws {
        let map = try load(Self.yaml).sourceMap
        #expect(map.location(of: pointer("/paths/~1pets~1{id}/get/nothing/deeper"))?.description
            == "spec.yaml:5:7")
        #expect(map.location(of: pointer("/tags/9"))?.description == "spec.yaml:12:7")
        // An array element has no key: its value position stands in.
        #expect(map.keyLocation(of: pointer("/tags/1"))?.description == "spec.yaml:12:11")
    }

    @Test("columns count characters, not bytes")
    func unicodeColumns() throws {
        let map = try load("\"é😀\": x\nb: \"ü\"  # ü\n").sourceMap
        #expect(map.location(of: pointer("/é😀"))?.description == "spec.yaml:1:7")
    }

    @Test("positions recorded by hand win over the loaded tree")
    func setters() throws {
        var map = try load("a: 1\n").sourceMap
        map.setValueLocation(line: 9, column: 9, for: pointer("/a"))
        map.setKeyLocation(line: 8, column: 8, for: pointer("/a"))
        #expect(map.location(of: pointer("/a"))?.description == "spec.yaml:9:9")
        #expect(map.keyLocation(of: pointer("/a"))?.description == "spec.yaml:8:8")
        var empty = SourceMap(file: "x.yaml")
        #expect(empty.location(of: .root) == nil)
        empty.setValueLocation(line: 1, column: 2, for: .root)
        #expect(empty.location(of: pointer("/a/b"))?.description == "x.yaml:1:2")
    }

    @Test("warnings point at the scalar")
    func warningPosition() throws {
        let document = try load("info:\n  flags: [a, NO]\n")
        #expect(document.warnings.first?.location?.description == "spec.yaml:2:14")
    }
}
