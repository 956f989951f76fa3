import Testing

@testable import CheckoutSandbox

@Suite("Exact decimals of JSON number literals")
struct ExactDecimalTests {
    @Test("literals order exactly, whatever their exponent", arguments: [
        ("0", "1e-400"), ("-1e-400", "0"), ("999999.99", "1e400"), ("999999.98", "999999.99"), ("-2", "-1.5"),
        ("1.1125369292536007e-308", "1.1125369292536008e-308"), ("9.99", "10"), ("-10", "-9.99"),
    ])
    func ordering(smaller: String, larger: String) throws {
        let small = try #require(ExactDecimal(smaller))
        let large = try #require(ExactDecimal(larger))
        #expect(small < large)
        #expect(!(large < small))
    }

    @Test("equal values written differently are equal", arguments: [("1.50", "15e-1"), ("0", "-0.0"), ("100", "1E2"), ("2.0", "2")])
    func equality(lhs: String, rhs: String) {
        #expect(ExactDecimal(lhs) == ExactDecimal(rhs))
    }

    @Test("integers and Int64 range", arguments: [
        ("2.0", true, Int64(2)), ("1.5", false, nil), ("9223372036854775807", true, Int64.max),
        ("9223372036854775808", true, nil), ("-9223372036854775808", true, Int64.min), ("1e3", true, 1000), ("1e-400", false, nil),
    ])
    func integers(text: String, isInteger: Bool, int64: Int64?) throws {
        let value = try #require(ExactDecimal(text))
        #expect(value.isInteger == isInteger)
        #expect(value.int64 == int64)
    }

    @Test("scaled rounding is half away from zero", arguments: [
        ("1.005", 2, Int64(101)), ("-1.005", 2, Int64(-101)), ("1.004", 2, Int64(100)), ("7e-400", 2, Int64(0)), ("19.99", 1, Int64(200)),
    ])
    func rounding(text: String, power: Int, expected: Int64) throws {
        #expect(try #require(ExactDecimal(text)).rounded(scaledBy: power) == expected)
    }

    @Test("text outside JSON's number grammar does not read", arguments: ["", "-", "1e", "1.2.3", "0x1", "1e+", "1.", ".5"])
    func rejects(text: String) {
        #expect(ExactDecimal(text) == nil)
    }
}
