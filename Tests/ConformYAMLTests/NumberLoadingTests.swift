import BigInt
import ConformYAML
import Testing

/// Numbers keep their exact value through loading, in YAML and in JSON.
@Suite("Exact numbers")
struct NumberLoadingTests {
    @Test("integers and decimals survive exactly", arguments: [
        ("9223372036854775807", "9223372036854775807"), ("-9223372036854775808", "-9223372036854775808"),
        ("9223372036854775808", "9223372036854775808"), ("-9223372036854775809", "-9223372036854775809"),
        ("123456789012345678901234567890", "123456789012345678901234567890"),
        ("0.1", "0.1"), ("19.99", "19.99"), ("1e400", "1e400"), ("-2.5e-400", "-2.5e-400"),
        ("0x7FFFFFFFFFFFFFFF", "9223372036854775807"), ("0xFFFFFFFFFFFFFFFFFF", "4722366482869645213695"),
        ("0o777777777777777777777777", "4722366482869645213695"),
    ])
    func exact(text: String, canonical: String) throws {
        let yaml = try #require(try value(text)?.numberValue)
        #expect(yaml.description == canonical)
        if !text.hasPrefix("0x"), !text.hasPrefix("0o") {
            let json = try #require(try load("{\"v\": \(text)}").root["v"]?.numberValue)
            #expect(json == yaml)
        }
    }

    @Test("int64 bounds stay Int64, one past them is a big integer")
    func bounds() throws {
        #expect(try value("9223372036854775807")?.numberValue?.int64Value == Int64.max)
        #expect(try value("-9223372036854775808")?.numberValue?.int64Value == Int64.min)
        let past = try #require(try value("9223372036854775808")?.numberValue)
        #expect(past.int64Value == nil)
        #expect(past.bigIntegerValue == BigInt(Int64.max) + 1)
    }
}
