import BigInt
import ConformYAML
import Testing

@Suite("JSONNumber")
struct JSONNumberTests {
    @Test("literals keep their exact value", arguments: [
        ("0", "0"), ("-0", "0"), ("12", "12"), ("9223372036854775807", "9223372036854775807"),
        ("-9223372036854775808", "-9223372036854775808"), ("9223372036854775808", "9223372036854775808"),
        ("123456789012345678901234567890", "123456789012345678901234567890"),
        ("1.0", "1"), ("0.01", "0.01"), ("1e3", "1000"), ("2.5E-3", "0.0025"), ("1.5e-12", "1.5e-12"),
        ("-0.10", "-0.1"), ("1e400", "1e400"), ("-2E+401", "-2e401"),
        // 18 digits take the 64-bit path, 19 the big-integer one; both normalize alike.
        ("123456789.123456789", "123456789.123456789"), ("-1234567890.123456789", "-1234567890.123456789"),
        ("19.990", "19.99"), ("+1.50", "1.5"), ("100e-2", "1"), ("250e-1", "25"), ("-0.000", "0"),
        ("12345678901234567.80", "12345678901234567.8"),
    ])
    func literal(text: String, canonical: String) throws {
        let number = try #require(JSONNumber(literal: text))
        #expect(number.description == canonical)
    }

    @Test("malformed literals are refused", arguments: ["", "-", "1e", "1.2.3", "0x10", "abc", "1e+"])
    func malformed(text: String) {
        #expect(JSONNumber(literal: text) == nil)
    }

    @Test("comparison and equality are exact")
    func comparison() throws {
        let int64Max = try #require(JSONNumber(literal: "9223372036854775807"))
        let pastInt64 = try #require(JSONNumber(literal: "9223372036854775808"))
        #expect(int64Max < pastInt64)
        #expect(JSONNumber(literal: "1.0") == JSONNumber(1))
        #expect(JSONNumber(literal: "10e-1") == JSONNumber(1))
        #expect(try #require(JSONNumber(literal: "0.1")) < JSONNumber(1))
        #expect(pastInt64.int64Value == nil)
        #expect(pastInt64.isInteger)
        #expect(try #require(JSONNumber(literal: "1.5")).isInteger == false)
    }

    @Test("multipleOf is exact for decimals")
    func multiple() throws {
        let cent = try #require(JSONNumber(literal: "0.01"))
        #expect(try #require(JSONNumber(literal: "19.99")).isMultiple(of: cent))
        #expect(try #require(JSONNumber(literal: "19.999")).isMultiple(of: cent) == false)
        #expect(JSONNumber(10).isMultiple(of: JSONNumber(5)))
        #expect(try #require(JSONNumber(literal: "4.5")).isMultiple(of: try #require(JSONNumber(literal: "1.5"))))
    }

    @Test("arithmetic past int64 stays exact")
    func arithmetic() throws {
        let max = JSONNumber(Int64.max)
        #expect((max + JSONNumber(1)).description == "9223372036854775808")
        #expect((JSONNumber(Int64.min) - JSONNumber(1)).description == "-9223372036854775809")
        #expect((max + JSONNumber(smallSignificand: 5, exponent: -1)).description == "9223372036854775807.5")
        #expect(JSONNumber(Int64.min).isMultiple(of: JSONNumber(-1)))
    }

    @Test("decimal arithmetic and order are exact")
    func decimals() throws {
        let tenth = JSONNumber(smallSignificand: 1, exponent: -1)
        #expect(tenth + JSONNumber(smallSignificand: 2, exponent: -1) == JSONNumber(smallSignificand: 3, exponent: -1))
        #expect((JSONNumber(smallSignificand: 1999, exponent: -2) + JSONNumber(smallSignificand: 1, exponent: -2)).description == "20")
        #expect(JSONNumber(smallSignificand: 1999, exponent: -2) < JSONNumber(20))
        #expect(JSONNumber(smallSignificand: -5, exponent: -1) < JSONNumber(smallSignificand: -25, exponent: -2))
        #expect(JSONNumber(smallSignificand: 1, exponent: -20) < JSONNumber(smallSignificand: 1, exponent: -19))
        #expect(!(JSONNumber(smallSignificand: 3, exponent: -1) < JSONNumber(smallSignificand: 30, exponent: -2)))
        #expect(JSONNumber(smallSignificand: 1, exponent: -30) + JSONNumber(1) == JSONNumber(literal: "1.000000000000000000000000000001"))
        #expect(JSONNumber(smallSignificand: 45, exponent: -1).isMultiple(of: JSONNumber(smallSignificand: 15, exponent: -1)))
        #expect(!JSONNumber(smallSignificand: 1, exponent: -20).isMultiple(of: JSONNumber(smallSignificand: 3, exponent: -21)))
        #expect(JSONNumber(smallSignificand: 3, exponent: -20).isMultiple(of: JSONNumber(smallSignificand: 3, exponent: -21)))
    }
}
