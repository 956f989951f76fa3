import ConformYAML
import Testing

/// Anchors, aliases, merge keys and the alias budget.
@Suite("Anchors and aliases")
struct AliasTests {
    @Test("an alias repeats the anchored value; its own position is the alias, members keep the original's")
    func alias() throws {
        let document = try load("""
            base: &err
              type: object
              required: [code]
            a: *err
            b: [*err, &s plain, *s]
            """)
        let base: JSONValue = ["type": "object", "required": ["code"]]
        #expect(document.root["a"] == base)
        #expect(document.root["b"] == [base, "plain", "plain"])
        let map = document.sourceMap
        #expect(map.location(of: pointer("/a"))?.description == "spec.yaml:4:4")
        #expect(map.location(of: pointer("/a/type"))?.description == "spec.yaml:2:9")
        #expect(map.keyLocation(of: pointer("/a/type"))?.description == "spec.yaml:2:3")
        #expect(map.location(of: pointer("/b/0/required/0"))?.description == "spec.yaml:3:14")
        #expect(map.location(of: pointer("/b/2"))?.description == "spec.yaml:5:21")
    }

    @Test("an alias to a scalar may be a key: the scalar's text")
    func aliasKey() throws {
        #expect(try load("a: &k 200\nm:\n  *k : ok\n").root["m"] == ["200": "ok"])
    }

    @Test("a later anchor of the same name replaces the earlier one")
    func redefinedAnchor() throws {
        #expect(try load("a: &x 1\nb: &x 2\nc: *x\n").root["c"] == 2)
    }

    @Test("merge keys: explicit keys win, earlier merged maps win over later ones")
    func merge() throws {
        let document = try load("""
            one: &one {a: 1, b: 1, c: 1}
            two: &two {b: 2, d: 2}
            m:
              c: explicit
              <<: [*one, *two]
              e: 5
            single:
              <<: *two
              d: mine
            inline:
              <<: {z: 26}
            """)
        #expect(document.root["m"] == ["c": "explicit", "e": 5, "a": 1, "b": 1, "d": 2])
        #expect(document.root["m"]?.objectValue?.keys == ["c", "e", "a", "b", "d"])
        #expect(document.root["single"] == ["b": 2, "d": "mine"])
        #expect(document.root["inline"] == ["z": 26])
        let map = document.sourceMap
        // A merged member points where it was written.
        #expect(map.keyLocation(of: pointer("/m/a"))?.description == "spec.yaml:1:12")
        #expect(map.location(of: pointer("/m/d"))?.description == "spec.yaml:2:21")
        #expect(map.location(of: pointer("/m/e"))?.description == "spec.yaml:6:6")
    }

    @Test("a quoted '<<' is an ordinary key")
    func quotedMergeKey() throws {
        #expect(try load("a:\n  '<<': 1\n").root["a"] == ["<<": 1])
    }

    @Test("a billion-laughs bomb stops at the alias budget with a position")
    func bomb() {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        #expect(
            failure(lines.joined(separator: "\n"))
                == "spec.yaml:7:8: error: alias '*f' expands the document past 1000000 copied nodes (LoadOptions.maxAliasExpansion) [yaml.alias-budget]"
        )
    }

    @Test("the budget counts every copied node")
    func budget() {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        #expect(failure(text, options: LoadOptions(maxAliasExpansion: 8)) == "")
        #expect(
            failure(text, options: LoadOptions(maxAliasExpansion: 7))
                == "spec.yaml:2:9: error: alias '*a' expands the document past 7 copied nodes (LoadOptions.maxAliasExpansion) [yaml.alias-budget]"
        )
    }
}
