import ConformYAML
import Testing

@Suite("JSON serialization")
struct JSONSerializationTests {
    @Test("strings: quotes, backslashes and control characters escaped wherever they stand, the rest copied")
    func escapes() {
        let value: JSONValue = ["\"k\"": "a\"b\\c\nd\u{1}é€😀\t", "plain": "x", "edge": "\"\u{1F}"]
        #expect(value.serialized() == #"{"\"k\"":"a\"b\\c\nd\u0001é€😀\t","plain":"x","edge":"\"\u001f"}"#)
    }

    @Test("canonical: sorted keys by Unicode scalars, two-space indent, empty containers closed on their line")
    func canonical() {
        let value: JSONValue = ["b": [[:], [], 1, ["z": .null, "a": [true]]], "a": "é", "B": false]
        #expect(value.serialized(.canonical) == """
            {
              "B": false,
              "a": "é",
              "b": [
                {},
                [],
                1,
                {
                  "a": [
                    true
                  ],
                  "z": null
                }
              ]
            }

            """)
    }

    @Test("a writer fed member by member writes what serializing the whole value writes")
    func streaming() {
        var writer = JSONWriter(style: .canonical)
        writer.beginObject()
        writer.key("list")
        writer.beginArray()
        writer.value(["x": 1])
        writer.string("s")
        writer.endArray()
        writer.key("n")
        writer.null()
        writer.endObject()
        #expect(writer.finish() == (["list": [["x": 1], "s"], "n": .null] as JSONValue).serialized(.canonical))
    }
}
