@testable import ConformCore
import Testing

@Suite("Strict JSON for response bodies")
struct JSONBodyParserTests {
    func parse(_ text: String) -> String {
        do {
            return try JSONBodyParser.parse(Array(text.utf8)).serialized(.compact)
        } catch {
            return "error: \(error)"
        }
    }

    @Test func valuesKeepExactNumbers() {
        #expect(parse(#" {"a":[1,-0.5,9223372036854775807,92233720368547758070,2.25],"b":"\u00e9\ud83d\ude00\n"} "#)
            == #"{"a":[1,-0.5,9223372036854775807,92233720368547758070,2.25],"b":"é😀\n"}"#)
    }

    @Test func deviationsAreRefusedWithTheirOffset() {
        #expect(parse("{'a':1}") == "error: expected a member name at byte 1")
        #expect(parse("[01]") == "error: expected ',' or ']' at byte 2")
        #expect(parse("[1,]") == "error: unexpected character at byte 3")
        #expect(parse("{\"a\":1} x") == "error: unexpected data after the value at byte 8")
        #expect(parse("") == "error: unexpected end of input at byte 0")
        #expect(parse("<html>") == "error: unexpected character at byte 0")
        #expect(parse(#""\ud800""#) == "error: unpaired UTF-16 surrogate escape at byte 7")
        #expect(parse("\"tab\there\"") == "error: control character in a string at byte 4")
    }

    @Test func invalidUTF8IsNamed() {
        let bytes: [UInt8] = Array("\"ab".utf8) + [0xC3, 0x28] + Array("\"".utf8)
        #expect(throws: JSONBodyParser.Failure(offset: 3, reason: "invalid UTF-8")) { try JSONBodyParser.parse(bytes) }
    }

    @Test func depthIsBounded() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(parse(deep) == "error: nesting deeper than 512 at byte 512")
    }
}
