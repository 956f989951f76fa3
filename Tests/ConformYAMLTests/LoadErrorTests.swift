import ConformYAML
import Testing

/// Every error the loader raises, with its exact printed text.
@Suite("Load errors")
struct LoadErrorTests {
    @Test("duplicate key names both positions")
    func duplicateKey() {
        let text = """
            components:
              schemas:
                Pet:
                  type: object
                  properties: {}
                  required: []
                  type: string
            """
        #expect(
            failure(text) == """
                spec.yaml:7:7: error: duplicate key 'type' in mapping [yaml.duplicate-key]
                spec.yaml:4:7: note: first defined here
                """)
    }

    @Test("duplicate keys compare the key text: 200 and '200' collide")
    func duplicateNumericKey() {
        #expect(
            failure("responses:\n  200: a\n  '200': b\n") == """
                spec.yaml:3:3: error: duplicate key '200' in mapping [yaml.duplicate-key]
                spec.yaml:2:3: note: first defined here
                """)
    }

    @Test("duplicate keys in JSON")
    func duplicateKeyJSON() {
        #expect(
            failure(#"{"a": 1, "b": {"c": 1, "c": 2}}"#, file: "spec.json") == """
                spec.json:1:24: error: duplicate key 'c' in mapping [yaml.duplicate-key]
                spec.json:1:16: note: first defined here
                """)
    }

    @Test("a mapping or a sequence as key is refused")
    func complexKeys() {
        #expect(
            failure("? {a: 1}\n: x\n")
                == "spec.yaml:1:3: error: mapping keys must be scalars, found a mapping as key [yaml.complex-key]")
        #expect(
            failure("? [a]\n: x\n")
                == "spec.yaml:1:3: error: mapping keys must be scalars, found a sequence as key [yaml.complex-key]")
        #expect(
            failure("a: &s [1]\n*s : x\n")
                == "spec.yaml:2:1: error: mapping keys must be scalars, found a sequence as key [yaml.complex-key]")
    }

    @Test("a second document is refused at its start")
    func multipleDocuments() {
        #expect(
            failure("a: 1\n---\nb: 2\n") == """
                spec.yaml:2:1: error: a second YAML document starts here; a spec file must hold exactly one [yaml.multiple-documents]
                spec.yaml:1:1: note: the first document starts here
                """)
    }

    @Test("an empty file, only comments, or only a document marker", arguments: ["", "  \n\n", "# nothing\n", "---\n"])
    func empty(text: String) {
        #expect(failure(text) == "spec.yaml:1:1: error: the file holds no YAML document [yaml.empty]")
    }

    @Test("libyaml syntax errors carry libyaml's problem and its context as a note")
    func syntax() {
        #expect(
            failure("a:\n\tb: 1\n") == """
                spec.yaml:2:1: error: found character that cannot start any token [yaml.syntax]
                spec.yaml:2:1: note: while scanning for the next token
                """)
        #expect(
            failure("a: \"open\nb: 1\n") == """
                spec.yaml:3:1: error: found unexpected end of stream [yaml.syntax]
                spec.yaml:1:4: note: while scanning a quoted scalar
                """)
        #expect(
            failure("a:\n  b: 1\n c: 2\n") == """
                spec.yaml:3:2: error: did not find expected key [yaml.syntax]
                spec.yaml:1:1: note: while parsing a block mapping
                """)
    }

    @Test("invalid UTF-8 is an io.read error without position")
    func invalidUTF8() {
        #expect(
            failure(bytes: Array("a: ".utf8) + [0xFF, 0x0A])
                == "error: cannot read 'spec.yaml': not valid UTF-8 (invalid leading UTF-8 octet at byte 3) [io.read]")
    }

    @Test("a missing file is an io.read error with the OS's reason")
    func missingFile() {
        do {
            _ = try DocumentLoader.load(path: "/nonexistent/spec.yaml")
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.description == "error: cannot read '/nonexistent/spec.yaml': No such file or directory [io.read]")
        }
        do {
            _ = try DocumentLoader.load(path: "/tmp")
            Issue.record("loaded a directory")
        } catch {
            #expect(error.description == "error: cannot read '/tmp': Is a directory [io.read]")
        }
    }

    @Test("undefined and recursive aliases")
    func undefinedAlias() {
        #expect(
            failure("a: *nowhere\n")
                == "spec.yaml:1:4: error: alias '*nowhere' has no anchor '&nowhere' before it [yaml.undefined-alias]")
        #expect(
            failure("a: &loop\n  b: *loop\n")
                == "spec.yaml:2:6: error: alias '*loop' refers to a node that contains it [yaml.recursive-alias]")
    }

    @Test("too deep nesting")
    func depth() {
        let text = String(repeating: "[", count: 5) + String(repeating: "]", count: 5)
        #expect(
            failure(text, options: LoadOptions(maxDepth: 4))
                == "spec.yaml:1:5: error: nesting deeper than 4 levels (LoadOptions.maxDepth) [yaml.depth]")
        #expect(failure(text, options: LoadOptions(maxDepth: 5)) == "")
    }

    @Test("an explicit tag whose text does not fit", arguments: [
        ("!!int abc", "spec.yaml:1:4: error: 'abc' is not a valid !!int [yaml.tag]"),
        ("!!float x1", "spec.yaml:1:4: error: 'x1' is not a valid !!float [yaml.tag]"),
        ("!!bool yes", "spec.yaml:1:4: error: 'yes' is not a valid !!bool [yaml.tag]"),
        ("!!null nil", "spec.yaml:1:4: error: 'nil' is not a valid !!null [yaml.tag]"),
    ])
    func badTag(text: String, expected: String) {
        #expect(failure("v: \(text)\n") == expected)
    }

    @Test("a merge value that is not a mapping")
    func badMerge() {
        #expect(
            failure("a:\n  <<: 3\n")
                == "spec.yaml:2:7: error: merge key '<<' needs a mapping or a sequence of mappings, found an integer [yaml.merge]")
        #expect(
            failure("x: &x {a: 1}\nb:\n  <<: [*x, [1]]\n")
                == "spec.yaml:3:12: error: merge key '<<' needs a mapping or a sequence of mappings, found a sequence [yaml.merge]")
    }
}
