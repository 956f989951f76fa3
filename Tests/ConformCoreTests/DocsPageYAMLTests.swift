import ConformCore
import Testing

@Suite("YAML emitter for imported documents")
struct DocsPageYAMLTests {
    @Test("strings that YAML 1.1 or 1.2 would mistype are quoted", arguments: [
        ("NO", "\"NO\""), ("yes", "\"yes\""), ("On", "\"On\""), ("y", "\"y\""), ("null", "\"null\""),
        ("010", "\"010\""), ("1.10", "\"1.10\""), ("0x1F", "\"0x1F\""), ("1e3", "\"1e3\""), (".inf", "\".inf\""),
        ("12:30", "\"12:30\""), ("", "\"\""), (" padded", "\" padded\""), ("trailing ", "\"trailing \""),
        ("a: b", "\"a: b\""), ("#x", "\"#x\""), ("<string>", "\"<string>\""), ("- x", "\"- x\""),
        ("two\nlines", "\"two\\nlines\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("tab\there", "\"tab\\there\""),
        ("plain text", "plain text"), ("/checkouts", "/checkouts"), ("$ref", "$ref"), ("snake_case-1.2", "snake_case-1.2"),
    ])
    func quoting(text: String, spelled: String) {
        #expect(JSONValue.string(text).yaml == spelled + "\n")
    }

    @Test("block layout keeps member order, nests lists and objects, and writes empty containers in flow style")
    func layout() throws {
        let value: JSONValue = [
            "b": 1, "a": ["x", ["k": true, "l": nil], [1, 2]], "200": [:], "list": [],
            "big": .number(try #require(JSONNumber(literal: "9223372036854775808"))), "pi": 3.25,
        ]
        #expect(value.yaml == """
            b: 1
            a:
              - x
              - k: true
                l: null
              - - 1
                - 2
            "200": {}
            list: []
            big: 9223372036854775808
            pi: 3.25

            """)
    }

    @Test("emitted YAML loads back to the same value")
    func roundTrip() throws {
        let value: JSONValue = [
            "keys": ["NO": "yes", "010": "1.10", "é": "ünï\u{2028}code", "": "empty key"],
            "nested": [[["deep": [[]]]], [:]],
            "numbers": [0, -1, 1.5, 9223372036854775807],
        ]
        let loaded = try DocumentLoader.load(bytes: Array(value.yaml.utf8), file: "x.yaml")
        #expect(loaded.root == value)
        #expect(loaded.warnings == [])
    }
}
