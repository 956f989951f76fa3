import ConformYAML
import Testing

/// JSON read through libyaml (JSON is YAML 1.2 flow style), and where the loader bridges gaps.
@Suite("JSON input")
struct JSONInputTests {
    @Test("libyaml reads compact JSON: no space after the colon, nesting, all literals")
    func compact() throws {
        let document = try load(#"{"a":1,"b":[true,false,null],"c":{"d":"e"},"f":-0.5e2,"":""}"#, file: "x.json")
        #expect(document.root == ["a": 1, "b": [true, false, .null], "c": ["d": "e"], "f": -50, "": ""])
        #expect(document.warnings.isEmpty)
    }

    @Test("a JSON array at the root")
    func arrayRoot() throws {
        #expect(try load("[1,{\"a\":[]},\"x\"]").root == [1, ["a": []], "x"])
    }

    @Test("JSON escapes: \\/, \\uXXXX, control escapes")
    func escapes() throws {
        let document = try load(#"{"s":"a\/b","u":"\u00e9\u20AC","c":"\t\n\r\b\f\"\\","z":"\u0000"}"#)
        #expect(document.root["s"] == "a/b")
        #expect(document.root["u"] == "é€")
        #expect(document.root["c"] == "\t\n\r\u{8}\u{c}\"\\")
        #expect(document.root["z"] == "\u{0}")
    }

    @Test("surrogate pairs, which libyaml refuses, are rewritten and positions stay true")
    func surrogatePairs() throws {
        let text = #"{"e":"\ud83d\ude00 and \uD83D\uDC4D","after":"x", "k":1}"#
        let document = try load(text, file: "x.json")
        #expect(document.root["e"] == "😀 and 👍")
        #expect(document.sourceMap.location(of: pointer("/after"))?.description == "x.json:1:46")
        #expect(document.sourceMap.keyLocation(of: pointer("/after"))?.description == "x.json:1:38")
        #expect(document.sourceMap.location(of: pointer("/k"))?.description == "x.json:1:55")
        // Error positions after a rewrite name the original columns as well.
        #expect(
            failure(#"{"e":"\ud83d\ude00","e":1}"#, file: "x.json") == """
                x.json:1:21: error: duplicate key 'e' in mapping [yaml.duplicate-key]
                x.json:1:2: note: first defined here
                """)
    }

    @Test("an escaped backslash before u is not a surrogate escape")
    func escapedBackslash() throws {
        #expect(try load(#"{"p":"\\ud83d"}"#).root["p"] == #"\ud83d"#)
    }

    @Test("a lone surrogate is refused with libyaml's error and a JSON note")
    func loneSurrogate() {
        #expect(
            failure(#"{"a": "\ud83d"}"#, file: "x.json") == """
                x.json:1:10: error: found invalid Unicode character escape code [yaml.syntax]
                x.json:1:7: note: while parsing a quoted scalar
                x.json:1:10: note: this file looks like JSON; a \\u escape of a UTF-16 surrogate is only accepted as a valid pair
                """)
    }

    @Test("a large document on one line")
    func longLine() throws {
        let members = (0..<20_000).map { #""key\#($0)":{"v":[\#($0),"s\#($0)"]}"# }.joined(separator: ",")
        let document = try load("{" + members + "}", file: "big.json")
        #expect(document.root.objectValue?.count == 20_000)
        let location = try #require(document.sourceMap.location(of: pointer("/key19999/v/1")))
        #expect(location.line == 1)
        #expect(location.column > 400_000)
    }

    @Test("JSON keys that look like numbers or booleans stay strings, and '<<' is no merge key")
    func keys() throws {
        let document = try load(#"{"200":{"<<":1},"true":2}"#)
        #expect(document.root == ["200": ["<<": 1], "true": 2])
    }
}
