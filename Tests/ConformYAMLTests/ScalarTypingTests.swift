import ConformYAML
import Testing

/// YAML 1.2 core-schema typing of scalars, and the YAML 1.1 warnings.
@Suite("Scalar typing")
struct ScalarTypingTests {
    @Test("plain scalars follow the YAML 1.2 core schema", arguments: [
        // null
        ("null", JSONValue.null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null),
        ("nULL", "nULL"), ("nil", "nil"),
        // bool: only these six
        ("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false),
        ("tRUE", "tRUE"),
        // YAML 1.1 booleans are strings in 1.2
        ("yes", "yes"), ("Yes", "Yes"), ("YES", "YES"), ("no", "no"), ("No", "No"), ("NO", "NO"),
        ("on", "on"), ("On", "On"), ("ON", "ON"), ("off", "off"), ("Off", "Off"), ("OFF", "OFF"),
        ("y", "y"), ("Y", "Y"), ("n", "n"), ("N", "N"),
        // int
        ("0", 0), ("-0", 0), ("+12", 12), ("-12", -12), ("010", 10), ("0o10", 8), ("0o17", 15), ("0x1F", 31),
        ("0xff", 255), ("0o8", "0o8"), ("0xg", "0xg"), ("+0x1F", "+0x1F"), ("-0o7", "-0o7"),
        ("0b1010", "0b1010"), ("1_000", "1_000"), ("1:30", "1:30"),
        // float
        ("1.5", 1.5), ("-1.5", -1.5), (".5", 0.5), ("+.5", 0.5), ("1.", 1), ("1e3", 1000), ("1E3", 1000),
        ("2.5e-3", 0.0025), ("1.10", 1.1), ("1.0", 1), (".", "."), ("1e", "1e"), ("1.2.3", "1.2.3"),
        ("e3", "e3"),
        // words and mixtures
        ("object", "object"), ("2023-09-12", "2023-09-12"), ("12:30:00", "12:30:00"), ("v1", "v1"),
    ])
    func plain(text: String, expected: JSONValue) throws {
        #expect(try value(text) == expected)
    }

    @Test("infinities and NaN in every core spelling", arguments: [
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    ])
    func nonFinite(text: String) throws {
        let number = try #require(try value(text)?.numberValue)
        #expect(!number.isFinite)
        if text.contains("nan") || text.contains("NaN") || text.contains("NAN") {
            #expect(number.doubleValue.isNaN)
        } else {
            #expect(number.doubleValue == (text.hasPrefix("-") ? -Double.infinity : Double.infinity))
        }
    }

    @Test("wrong spellings of infinity and NaN are strings", arguments: [".iNf", "-.nan", ".NAn", "inf", "nan"])
    func notNonFinite(text: String) throws {
        #expect(try value(text) == .string(text))
    }

    @Test("quoted and block scalars are always strings", arguments: [
        ("'true'", "true"), ("\"12\"", "12"), ("'null'", "null"), ("''", ""), ("\"~\"", "~"),
        ("|\n  12\n", "12\n"), (">-\n  true\n", "true"),
    ])
    func quoted(text: String, expected: String) throws {
        #expect(try value(text) == .string(expected))
    }

    @Test("explicit tags decide the type", arguments: [
        ("!!str 12", JSONValue.string("12")), ("!!str true", "true"), ("!!str", ""), ("!!int \"12\"", 12),
        ("!!int 0x10", 16), ("!!float 1", 1), ("!!float '2.5'", 2.5), ("!!bool 'false'", false),
        ("!!null ''", .null), ("! 12", "12"), ("!custom 12", 12),
    ])
    func tagged(text: String, expected: JSONValue) throws {
        #expect(try value(text) == expected)
    }

    @Test("mapping keys are strings: their source text")
    func keys() throws {
        let document = try load("200: a\ntrue: b\nnull: c\n1.50: d\n~: e\n0x1F: f\n")
        #expect(document.root.objectValue?.keys == ["200", "true", "null", "1.50", "~", "0x1F"])
        #expect(document.warnings.isEmpty)
    }

    @Test("a plain scalar YAML 1.1 would type differently is warned about", arguments: [
        ("NO", #"plain scalar 'NO' is the string "NO" in YAML 1.2 but the boolean false in YAML 1.1; quote it to make the intent explicit"#),
        ("yes", #"plain scalar 'yes' is the string "yes" in YAML 1.2 but the boolean true in YAML 1.1; quote it to make the intent explicit"#),
        ("On", #"plain scalar 'On' is the string "On" in YAML 1.2 but the boolean true in YAML 1.1; quote it to make the intent explicit"#),
        ("off", #"plain scalar 'off' is the string "off" in YAML 1.2 but the boolean false in YAML 1.1; quote it to make the intent explicit"#),
        ("y", #"plain scalar 'y' is the string "y" in YAML 1.2 but the boolean true in YAML 1.1; quote it to make the intent explicit"#),
        ("N", #"plain scalar 'N' is the string "N" in YAML 1.2 but the boolean false in YAML 1.1; quote it to make the intent explicit"#),
        ("010", "plain scalar '010' is the integer 10 in YAML 1.2 but the octal integer 8 in YAML 1.1; quote it to make the intent explicit"),
        ("-017", "plain scalar '-017' is the integer -17 in YAML 1.2 but the octal integer -15 in YAML 1.1; quote it to make the intent explicit"),
        ("09", "plain scalar '09' is the integer 9 in YAML 1.2 but a string in YAML 1.1; quote it to make the intent explicit"),
        ("0o10", "plain scalar '0o10' is the integer 8 in YAML 1.2 but a string in YAML 1.1; quote it to make the intent explicit"),
        ("0b1010", #"plain scalar '0b1010' is the string "0b1010" in YAML 1.2 but the binary integer 10 in YAML 1.1; quote it to make the intent explicit"#),
        ("1_000", #"plain scalar '1_000' is the string "1_000" in YAML 1.2 but the integer 1000 in YAML 1.1; quote it to make the intent explicit"#),
        ("1:30", #"plain scalar '1:30' is the string "1:30" in YAML 1.2 but the base-60 integer 90 in YAML 1.1; quote it to make the intent explicit"#),
        ("12:30:00", #"plain scalar '12:30:00' is the string "12:30:00" in YAML 1.2 but the base-60 integer 45000 in YAML 1.1; quote it to make the intent explicit"#),
        ("1:30.5", #"plain scalar '1:30.5' is the string "1:30.5" in YAML 1.2 but the number 90.5 in YAML 1.1; quote it to make the intent explicit"#),
        ("+0x1F", #"plain scalar '+0x1F' is the string "+0x1F" in YAML 1.2 but the integer 31 in YAML 1.1; quote it to make the intent explicit"#),
        ("1e3", "plain scalar '1e3' is the integer 1000 in YAML 1.2 but a string in YAML 1.1; quote it to make the intent explicit"),
        ("1.10", #"plain scalar '1.10' is the number 1.1 in YAML 1.1 and 1.2, not the text "1.10"; quote it if it is a version or an identifier"#),
    ])
    func yaml11Warning(text: String, message: String) throws {
        let document = try load("a: 1\nb: \(text)\n")
        #expect(document.warnings.map(\.description) == ["spec.yaml:2:4: warning: \(message) [yaml.yaml11-typing]"])
    }

    @Test("scalars both versions agree on are not warned about", arguments: [
        "true", "False", "null", "~", "12", "-3", "0", "0x1F", "1.5", "0.25", ".5", "1.5e+3", ".inf", ".nan", "object",
        "no-cache", "nothing", "Yesterday", "2023-09-12", "1.2.3", "v1.10", "999.0", "10.00", "2.0",
    ])
    func noWarning(text: String) throws {
        #expect(try load("v: \(text)\n").warnings.isEmpty)
    }

    @Test("quoted, tagged and key scalars are never warned about")
    func noWarningOutsidePlainValues() throws {
        #expect(try load("a: 'NO'\nb: \"010\"\nc: !!str yes\nyes: 1\n010: 2\n").warnings.isEmpty)
    }
}
