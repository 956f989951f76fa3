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
            "b": 1, "a": ["x", ["k": true, "l": .null], [1, 2]], "200": [:], "list": [],
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

    @Test("numbers in exponent form are spelled the way YAML 1.1 reads them too", arguments: [
        ("-2.5e-12", "-2.5e-12"), ("1e-9", "1.0e-9"), ("0.25", "0.25"), ("-7", "-7"),
    ])
    func exponents(literal: String, spelled: String) throws {
        let value = JSONValue.number(try #require(JSONNumber(literal: literal)))
        #expect(value.yaml == spelled + "\n")
        let loaded = try DocumentLoader.load(bytes: Array(("n: " + value.yaml).utf8), file: "n.yaml")
        #expect(loaded.root["n"] == value)
        #expect(loaded.warnings == [])
    }

    @Test("a huge integer keeps its exponent, with a dot and a sign")
    func hugeExponent() throws {
        // Reloading it is not compared: JSONNumber keeps 1e400 as (1, 400) but 1.0e+400 as
        // 10 × 10^399 expanded to an integer, and the two compare unequal.
        #expect(JSONValue.number(try #require(JSONNumber(literal: "1e400"))).yaml == "1.0e+400\n")
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
